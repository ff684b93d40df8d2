# Avatar image processing (accounts issue): upload checks, re-encoding, generated defaults.
# Included by server/CMakeLists.txt; paths are relative to server/.
target_sources(transcendence_server PRIVATE
    users/avatar/AvatarError.h users/avatar/AvatarError.cpp
    users/avatar/ImageFormatSniffer.h users/avatar/ImageFormatSniffer.cpp
    users/avatar/PngChunks.h users/avatar/PngChunks.cpp
    users/avatar/AvatarPng.h users/avatar/AvatarPng.cpp
    users/avatar/AvatarProcessor.h users/avatar/AvatarProcessor.cpp
    users/avatar/DefaultAvatar.h users/avatar/DefaultAvatar.cpp
)
