#!/usr/bin/env python3
"""The Django peer of bench/api: Django + DRF + simplejwt, GET /api/users/me only."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
