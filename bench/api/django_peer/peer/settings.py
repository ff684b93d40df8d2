"""Settings of the Django peer: the stack issue 14 compares against (Django 3.2, DRF, simplejwt,
gunicorn), reading its user row from the same PostgreSQL cluster as transcendence-server."""
import os
from datetime import timedelta

SECRET_KEY = os.environ["PEER_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
]
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "peer.urls"
WSGI_APPLICATION = "peer.wsgi.application"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["PEER_DB_NAME"],
        "USER": os.environ["PEER_DB_USER"],
        "HOST": os.environ["PEER_DB_HOST"],  # the cluster's Unix socket folder
        "PORT": os.environ["PEER_DB_PORT"],
        "CONN_MAX_AGE": None,  # one persistent connection per worker, as a tuned deployment has
    }
}
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SIMPLE_JWT = {"ACCESS_TOKEN_LIFETIME": timedelta(hours=1)}
LOGGING = {"version": 1, "disable_existing_loggers": True}
