"""HQ's web console for its staff, at /console/ on the HQ server (and the public directory at
/directory/ when staff publish it): server-rendered pages, no JavaScript framework.

Staff accounts (``staff.py``) are apart from organizations' users; every page needs a staff
session, every form carries the session's CSRF token, and every change staff make is written to
the audit log (``audit.py``) in the same transaction as the change.
"""
