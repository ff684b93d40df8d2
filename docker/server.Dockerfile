# syntax=docker/dockerfile:1
# transcendence-server for production. Built by docker/compose.yaml with the repository root as the
# context:  docker build -f docker/server.Dockerfile -t transcendence-server .
#
# The "build" stage is the same, line for line, as the one in docker/nginx.Dockerfile, so Docker
# builds it once and both images reuse its layers. Keep the two in step.

# --- build: Debian 12 + Qt 6.4 toolchain, configured once for the server and the web root ---------
FROM debian:bookworm-slim AS build
ENV DEBIAN_FRONTEND=noninteractive
# The subset of scripts/lib/bootstrap.sh that a build with TRANSCENDENCE_BUILD_CLIENT=OFF and
# TRANSCENDENCE_BUILD_TESTS=OFF needs (configure finds Qt Core/Gui/Network/WebSockets/HttpServer/Sql
# and LinguistTools, libsodium, libqrencode and hiredis; resources/web needs Bootstrap, and the server the
# common-password list, from npm).
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates cmake ninja-build g++ pkg-config \
      qt6-base-dev qt6-base-dev-tools libqt6sql6-psql \
      qt6-websockets-dev qt6-httpserver-dev \
      qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
      libssl-dev libpq-dev libsodium-dev libqrencode-dev libgl-dev libhiredis-dev libicu-dev \
      libcurl4-openssl-dev nodejs npm esbuild \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Front-end packages first: this layer is rebuilt only when the lock file changes.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error
# Only what the build reads (never .env, build trees or local state).
COPY CMakeLists.txt ./
COPY common/ common/
COPY server/ server/
COPY sql/ sql/
COPY resources/ resources/
COPY translations/ translations/
COPY client-qml/ client-qml/
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DTRANSCENDENCE_BUILD_CLIENT=OFF -DTRANSCENDENCE_BUILD_TESTS=OFF

# --- server-build: the executable only ----------------------------------------------------------
FROM build AS server-build
RUN cmake --build /build --target transcendence-server \
 && install -D -m 0755 /build/server/transcendence-server /out/usr/local/bin/transcendence-server

# --- runtime: Qt runtime libraries, one non-root user, nothing else ------------------------------
FROM debian:bookworm-slim AS runtime
ENV DEBIAN_FRONTEND=noninteractive
# What transcendence-server links (ldd) plus the QPSQL driver plugin it loads at run time, and curl
# for the health check. Add the runtime package of every library the server starts to link.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libqt6core6 libqt6gui6 libqt6network6 libqt6websockets6 libqt6httpserver6 \
      libqt6sql6 libqt6sql6-psql qt6-image-formats-plugins \
      libsodium23 libqrencode4 libhiredis0.14 libcurl4 libicu72 \
      ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 transcendence \
 && useradd --uid 10001 --gid transcendence --home-dir /var/lib/transcendence \
      --create-home --shell /usr/sbin/nologin transcendence
COPY --from=server-build /out/ /
# Fail the build, not the deployment, when a shared library, the database driver or the WebP
# decoder (avatars) is missing.
RUN ! ldd /usr/local/bin/transcendence-server | grep 'not found' \
 && plugin="$(dpkg -L libqt6sql6-psql | grep '/sqldrivers/libqsqlpsql\.so$')" \
 && test -n "$plugin" && ! ldd "$plugin" | grep 'not found' \
 && webp="$(dpkg -L qt6-image-formats-plugins | grep '/imageformats/libqwebp\.so$')" \
 && test -n "$webp" && ! ldd "$webp" | grep 'not found'

# Production defaults; docker/compose.yaml passes DATABASE_URL, the secret key and the public URL.
# TRANSCENDENCE_WEB_ROOT stays empty: nginx serves the SPA, the server answers /api, /ws and health.
# The working directory holds no .env, so the server reads only its environment.
ENV TRANSCENDENCE_ENV=production \
    TRANSCENDENCE_HTTP_HOST=0.0.0.0 \
    TRANSCENDENCE_HTTP_PORT=8000 \
    TRANSCENDENCE_WEB_ROOT= \
    TRANSCENDENCE_LOG_LEVEL=info
USER transcendence:transcendence
WORKDIR /var/lib/transcendence
EXPOSE 8000
# /healthz answers once migrations ran and the server listens; /readyz also asks the database.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${TRANSCENDENCE_HTTP_PORT}/healthz" || exit 1
# SIGTERM (docker stop) makes the server stop accepting and finish what is in flight.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/transcendence-server"]
