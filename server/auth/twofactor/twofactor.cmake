# Two-factor building blocks (TOTP, recovery codes, QR codes), part of libtranscendence-server.
# Included from server/CMakeLists.txt; paths are relative to server/.
target_sources(transcendence_server PRIVATE
    auth/twofactor/ConstantTime.h auth/twofactor/ConstantTime.cpp
    auth/twofactor/Base32.h auth/twofactor/Base32.cpp
    auth/twofactor/Totp.h auth/twofactor/Totp.cpp
    auth/twofactor/OtpauthUri.h auth/twofactor/OtpauthUri.cpp
    auth/twofactor/RecoveryCodes.h auth/twofactor/RecoveryCodes.cpp
    auth/twofactor/QrCode.h auth/twofactor/QrCode.cpp
    auth/twofactor/TotpEnrollment.h auth/twofactor/TotpEnrollment.cpp
)

# libqrencode (Debian libqrencode-dev) draws the QR symbols; QImage (Qt6::Gui) writes the PNG.
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
target_link_libraries(transcendence_server PRIVATE PkgConfig::QRENCODE)
