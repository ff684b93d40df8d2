from django.urls import path

from peer.views import Me

urlpatterns = [path("api/users/me", Me.as_view())]
