# Several instances over Redis (docs/architecture.md, "Several instances"): the hiredis client
# on the Qt event loop, the event bus, shared rate limits.
target_sources(transcendence_server PRIVATE
    cluster/RedisEndpoint.h cluster/RedisEndpoint.cpp
    cluster/RedisConnection.h cluster/RedisConnection.cpp
    cluster/RedisClient.h cluster/RedisClient.cpp
    cluster/EventBus.h cluster/EventBus.cpp
    cluster/ClusterServices.h cluster/ClusterServices.cpp
    cluster/SharedRateLimitStore.h cluster/SharedRateLimitStore.cpp
    cluster/PlayCluster.h cluster/PlayCluster.cpp
)
pkg_check_modules(HIREDIS REQUIRED IMPORTED_TARGET hiredis)
target_link_libraries(transcendence_server PRIVATE PkgConfig::HIREDIS)
