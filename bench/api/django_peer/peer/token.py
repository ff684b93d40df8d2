"""Creates the bench user (once) and prints an access token for it."""
from django.contrib.auth import get_user_model
from rest_framework_simplejwt.tokens import RefreshToken

User = get_user_model()
user, created = User.objects.get_or_create(username="bench", defaults={"email": "bench@example.test"})
if created:
    user.set_password("bench-password-1234")
    user.save()
print(str(RefreshToken.for_user(user).access_token))
