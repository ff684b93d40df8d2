# The Pong engine: part of transcendence_common (Qt6::Core only, no I/O).
set(TRANSCENDENCE_ENGINE_SOURCES
    engine/AiDifficulty.h engine/AiDifficulty.cpp
    engine/AiPlayer.h engine/AiPlayer.cpp
    engine/Arena.h engine/Arena.cpp
    engine/BallPathPredictor.h engine/BallPathPredictor.cpp
    engine/BallTrackingBot.h engine/BallTrackingBot.cpp
    engine/CollisionWorld.h engine/CollisionWorld.cpp
    engine/DeterministicRandom.h engine/DeterministicRandom.cpp
    engine/Input.h engine/Input.cpp
    engine/Match.h engine/Match.cpp engine/MatchPowerUps.cpp engine/MatchRestore.cpp
    engine/MatchConfig.h engine/MatchConfig.cpp
    engine/MatchEvent.h engine/MatchEvent.cpp
    engine/PhysicsRules.h
    engine/PowerUpKind.h engine/PowerUpKind.cpp
    engine/Rect.h
    engine/Side.h
    engine/Snapshot.h
    engine/SnapshotCodec.h engine/SnapshotBinaryCodec.cpp engine/SnapshotJsonCodec.cpp
    engine/SnapshotValidation.cpp
    engine/StateHash.h
    engine/Vec2.h
)
target_sources(transcendence_common PRIVATE ${TRANSCENDENCE_ENGINE_SOURCES})

# Replays and client-side prediction need bit-identical results on every build: forbid fusing
# a*b+c into one FMA instruction (clang does it by default where FMA exists, e.g. on arm64).
list(FILTER TRANSCENDENCE_ENGINE_SOURCES INCLUDE REGEX "\\.cpp$")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set_source_files_properties(${TRANSCENDENCE_ENGINE_SOURCES}
        PROPERTIES COMPILE_OPTIONS "-ffp-contract=off")
endif()
