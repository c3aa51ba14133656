#!/bin/sh
# Installs the Debian packages the toolkit needs, when missing.
#   scripts/system-packages.sh pdf    Pango, HarfBuzz subsetting, Noto CJK, emoji and DejaVu fonts, poppler (PDF report and preview)
#   scripts/system-packages.sh test   the above, plus Chromium (real-browser tests), PostgreSQL and nginx
#                                     (the tests start their own throw-away servers on 127.0.0.1)
# As root on Debian/Ubuntu it runs apt-get; elsewhere it prints the exact command to run.
set -eu

pdf="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core poppler-utils"
case "${1:-pdf}" in
  pdf) wanted="$pdf" ;;
  test) wanted="$pdf chromium postgresql nginx" ;;
  venv) wanted="python3-venv" ;;
  *) echo "usage: $0 pdf|test|venv" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian-based system; install the equivalents of: $wanted" >&2
  exit 0
fi

missing=""
for p in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  # Packages that bring a service (PostgreSQL, nginx) must not start it: the tests run their own, as a
  # normal user on a free port. policy-rc.d is Debian's switch for that; an existing one is left alone.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy=1
  fi
  # shellcheck disable=SC2086
  status=0
  apt-get install -y -q --no-install-recommends $missing >/dev/null || status=$?
  if [ -n "$policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  exit "$status"
else
  echo "missing system packages:$missing" >&2
  echo "run:  sudo apt-get install -y$missing" >&2
  exit 1
fi
