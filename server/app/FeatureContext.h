#pragma once

class QHttpServer;
class QObject;

namespace transcendence::server {

class AuthRoutes;
class DatabaseWorkers;
class RealtimeHub;
class RequestAuthenticator;
class Router;
struct ServerConfig;

// What a feature's routes need from the server. Each feature has one function
//   void registerXxxFeature(const FeatureContext &context);
// called from TranscendenceServer::registerFeatures(), which parents the feature's objects to
// context.owner (destroyed before the database workers). The context itself is a temporary:
// keep a copy (the references in it live as long as the server), never a reference to it.
struct FeatureContext {
    const ServerConfig &config;
    QHttpServer &http;
    DatabaseWorkers &workers;
    RequestAuthenticator &authenticator;
    Router &router; // each feature adds its route table (http/Router.h)
    RealtimeHub &hub;
    AuthRoutes &auth; // sessionsRevoked: end sockets of sessions a feature revokes (bans)
    QObject &owner;
};

} // namespace transcendence::server
