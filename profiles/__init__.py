"""The participant's professional profile, pitch workspace, private video application and the
readiness packet employers see with the participant's consent.

Above progress in the dependency order (profiles → progress → registration): it fills
registration's extension points (My path, personal data, the inspect panel) with hooks, and
offers its own for the apps that bring employers (``profiles_packet_audiences``, see
``selectors.can_view_packet``).
"""
