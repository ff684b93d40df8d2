from rest_framework.response import Response
from rest_framework.views import APIView


class Me(APIView):
    """simplejwt's authentication reads the user row (one SELECT); the view returns it."""

    def get(self, request):
        user = request.user
        return Response(
            {
                "id": user.id,
                "username": user.username,
                "email": user.email,
                "displayName": user.first_name or user.username,
                "dateJoined": user.date_joined.isoformat(),
                "isStaff": user.is_staff,
            }
        )
