"""Employers: organisations, their recruiters, openings, recruitment events they attend, the
employer portal (``/fr/employeurs/…``, ``/en/employers/…``) and the interest marks of both sides.

This app sits above ``events`` and ``profiles``: it tells ``profiles`` who may open a packet
through the ``profiles_packet_audiences`` hook and adds its section to « My path »."""
