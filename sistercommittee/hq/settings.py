"""The environment variables of `sistercommittee-hq serve`: the command sets them, and each worker
process reads them to build its app (hq.api.app_from_environment)."""

URL_VARIABLE = "SISTERCOMMITTEE_HQ_DATABASE_URL"
APP_VERSION_VARIABLE = "SISTERCOMMITTEE_HQ_CURRENT_APP_VERSION"
THREADS_VARIABLE = "SISTERCOMMITTEE_HQ_THREADS"
SNAPSHOT_DIR_VARIABLE = "SISTERCOMMITTEE_HQ_SNAPSHOT_DIR"
HASHING_VARIABLE = "SISTERCOMMITTEE_HQ_HASHING"
