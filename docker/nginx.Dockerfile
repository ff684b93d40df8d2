# syntax=docker/dockerfile:1
# nginx for production: TLS, the SPA's static files, limits, and the proxy to transcendence-server.
# Built by docker/compose.yaml with the repository root as the context:
#   docker build -f docker/nginx.Dockerfile -t transcendence-nginx .
#
# The site configuration is docker/nginx/transcendence.conf.template, the same file scripts/run and
# the tests render (scripts/lib/nginx.sh). Here the image's entrypoint renders it at start from the
# NGINX_* variables that docker/compose.yaml sets; tests/docker/check_docker_files.sh checks that
# rendering with `nginx -t`.

# --- build: identical to the "build" stage of docker/server.Dockerfile (shared layers) ----------
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

# --- web-build: the assembled web root (SPA files, vendored Bootstrap, i18n/*.json) -------------
FROM build AS web-build
RUN cmake --build /build --target web_root web_i18n \
 && test -f /build/web/index.html && test -f /build/web/i18n/languages.json

# --- runtime: nginx, unprivileged (uid 101, listens on 8080/8443) ---------------------------------
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
USER root
# curl for the health check (present in most tags already; this makes it certain). The image's own
# example site is removed: ours is the only server block.
RUN apk add --no-cache curl \
 && rm -f /etc/nginx/conf.d/default.conf \
 && mkdir -p /etc/nginx/certs
COPY --chown=root:root docker/nginx/security-headers.conf docker/nginx/proxy-params.conf docker/nginx/capacity.conf /etc/nginx/transcendence/
# Our main configuration replaces the image's: the same capacity.conf as scripts/run and the tests.
COPY --chown=root:root docker/nginx/nginx.conf /etc/nginx/nginx.conf
# The entrypoint's 20-envsubst-on-templates.sh renders /etc/nginx/templates/*.template into
# /etc/nginx/conf.d/ at every start, substituting only variables defined in the environment, and
# (with this filter) only NGINX_* ones, so nginx's own $variables are left alone, as envsubst with
# an explicit list does in scripts/lib/nginx.sh.
COPY --chown=root:root docker/nginx/transcendence.conf.template /etc/nginx/templates/transcendence.conf.template
COPY --from=web-build --chown=root:root /build/web/ /usr/share/transcendence/web/
ENV NGINX_ENVSUBST_FILTER=^NGINX_
USER 101
EXPOSE 8080 8443
# The SPA's index.html over TLS from nginx itself (no upstream involved).
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD curl -fsSk -o /dev/null "https://127.0.0.1:${NGINX_HTTPS_PORT:-8443}/" || exit 1
