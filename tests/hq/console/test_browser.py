"""The console in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
chromedriver (never a downloaded browser). A staff member signs in with the keyboard, creates an
organization, opens its reports, and reads the impact page, whose figures must be the sums of the
annual reports the members' laptops made from their records and uploaded in this test. Each page
is also photographed at a laptop's and a phone's width (SISTERCOMMITTEE_SCREENSHOTS=folder keeps
the pictures)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from sistercommittee.hq import admin
from sistercommittee.services import partnerships
from tests.hq.console.helpers import STAFF_EMAIL
from tests.hq.console.world import YEAR, Member, member
from tests.hq.fixtures import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
DESKTOP = (1280, 860)
PHONE = (390, 844)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (scripts/run-tests.sh installs them)",
)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    # Selenium must never fetch a browser or a driver of its own.
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


class Camera:
    """Full-page pictures of the page at a laptop's and a phone's width."""

    def __init__(self, driver, folder: Path) -> None:
        self.driver = driver
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.taken: list[Path] = []

    def _shoot(self, name: str, width: int, height: int, mobile: bool) -> None:
        driver = self.driver
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )
        full = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": max(height, full), "deviceScaleFactor": 1, "mobile": mobile},
        )
        path = self.folder / f"{name}.png"
        assert driver.save_screenshot(str(path))
        self.taken.append(path)

    def both(self, name: str) -> None:
        check_accessible(self.driver, name)
        self._shoot(f"console-{name}", *DESKTOP, mobile=False)
        self._shoot(f"console-{name}-phone", *PHONE, mobile=True)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        # The phone's width must not make the page scroll sideways.
        assert self.driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1"
        ), name


_ACCESSIBILITY = """
const problems = [];
if (!document.documentElement.lang) problems.push("no lang on <html>");
if (document.querySelectorAll("h1").length !== 1) problems.push("not one h1");
for (const field of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
  if (!field.labels || field.labels.length === 0) problems.push("no label: " + field.name);
}
for (const chart of document.querySelectorAll("svg")) {
  if (chart.getAttribute("role") !== "img" && chart.getAttribute("aria-hidden") !== "true")
    problems.push("svg without role=img");
  if (chart.getAttribute("role") === "img" && !chart.querySelector("title"))
    problems.push("chart without a title");
}
for (const link of document.querySelectorAll("a, button")) {
  if (!link.textContent.trim() && !link.getAttribute("aria-label")) problems.push("empty control");
}
if (document.querySelector("[tabindex]:not([tabindex='-1']):not([tabindex='0'])"))
  problems.push("a positive tabindex");
const tabbable = document.querySelector(
  "a[href], button, input:not([type=hidden]), select, textarea, summary");
if (!tabbable || tabbable.className !== "skip") problems.push("the skip link is not first");
const main = document.querySelector("main");
if (!main) problems.push("no main landmark");
return problems;
"""


def check_accessible(driver, name: str) -> None:
    """Labels for every field, one h1, a main landmark, named charts and controls, and the link
    that skips to the page's content first in the Tab order."""
    assert driver.execute_script(_ACCESSIBILITY) == [], name


def _wait(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _text(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


def _type(driver, text: str) -> None:
    """Type into the focused field, as a person does."""
    driver.switch_to.active_element.send_keys(text)


def _tab(driver) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.switch_to.active_element.send_keys(Keys.TAB)


@pytest.fixture
def members_with_reports(tmp_path, hq) -> list[Member]:
    springfield = member(
        tmp_path,
        hq.url,
        hq.db,
        "Springfield SCA",
        "Springfield",
        "US",
        seed=1,
        listed=True,
        contact="hello@springfield.example.org",
    )
    partnerships.add_partnership(
        springfield.laptop.db,
        {
            "city_name": "Kōfu",
            "city_name_local": "甲府市",
            "country": "JP",
            "kind": "sister_city",
            "status": "active",
            "signed_on": "1998-04-01",
        },
    )
    springfield.sync()
    nagoya = member(tmp_path, hq.url, hq.db, "Nagoya Friendship", "Nagoya", "JP", seed=2)
    nagoya.sync()
    return [springfield, nagoya]


def test_staff_sign_in_create_an_organization_open_its_reports_and_read_the_impact(
    tmp_path, hq, staff_member, members_with_reports, browser
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    keep = os.environ.get("SISTERCOMMITTEE_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path / "screenshots"
    camera = Camera(driver, folder)
    springfield, nagoya = members_with_reports
    uploaded = [springfield.upload(fmt="csv"), nagoya.upload(fmt="json")]

    # Signed out, the console sends the browser to its sign-in page.
    driver.get(f"{hq.url}/console/impact")
    _wait(driver, lambda d: "/console/sign-in" in d.current_url)
    assert driver.switch_to.active_element.get_attribute("id") == "email"  # focus on the field
    # The one link before it skips to the content, and shows itself when focused.
    driver.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)
    skip = driver.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.location["y"] < 50
    assert driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", skip) != (
        "none"
    )
    skip.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.tag_name == "main"
    driver.find_element(By.ID, "email").click()
    camera.both("sign-in")
    _type(driver, STAFF_EMAIL)
    _tab(driver)
    _type(driver, PASSWORD + Keys.ENTER)
    _wait(driver, lambda d: d.current_url.endswith("/console/impact"))

    # Create an organization with its first coordinator's invitation.
    driver.find_element(By.LINK_TEXT, "Members").click()
    _wait(driver, lambda d: d.title.startswith("Members"))
    camera.both("members")
    driver.find_element(By.LINK_TEXT, "New organization").click()
    _wait(driver, lambda d: d.title.startswith("New organization"))
    driver.find_element(By.ID, "name").click()
    _type(driver, "Lyon Jumelages")
    _tab(driver)
    _type(driver, "Lyon")
    _tab(driver)
    _type(driver, "France")
    _tab(driver)
    _type(driver, "12312027")  # the browser's date field, month day year in en-US
    driver.find_element(By.ID, "coordinator_email").click()
    _type(driver, "claire@lyon.example.org")
    camera.both("new-organization")
    _type(driver, Keys.ENTER)
    _wait(driver, lambda d: d.title.startswith("Lyon Jumelages"))
    code = _text(driver, "invitation-code")
    assert "In good standing" in driver.page_source and "2027-12-31" in driver.page_source
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    camera.both("organization-created")

    # Its coordinator joins with the code from a laptop that holds the committee's records, syncs
    # them and sends the year's report.
    (org_id,) = [o.id for o in admin.list_organizations(hq.db) if o.name == "Lyon Jumelages"]
    from sistercommittee.sample.generator import generate
    from sistercommittee.services import organizations
    from sistercommittee.sync.credentials import MemoryStore
    from sistercommittee.sync.members import sign_in_with_invitation
    from tests.hq.fixtures import Laptop, new_laptop_db

    lyon_folder = tmp_path / "lyon"
    lyon_folder.mkdir()
    lyon_db = new_laptop_db(lyon_folder / "committee.sqlite")
    organizations.create_organization(
        lyon_db, {"name": "Lyon Jumelages", "city": "Lyon", "country": "FR"}
    )
    generate(lyon_db, scale=0.05, seed=3)
    store = MemoryStore()
    sign_in_with_invitation(lyon_db, store, hq.url, code, "Claire's own password")
    lyon = Member(
        org_id,
        "Lyon Jumelages",
        "claire@lyon.example.org",
        Laptop(lyon_db, store, lyon_folder / "committee.sqlite"),
        lyon_folder,
    )
    lyon.sync()
    uploaded.append(lyon.upload(fmt="csv"))

    # Its page lists the report; the browser downloads it as it was sent.
    driver.find_element(By.LINK_TEXT, "Members").click()
    _wait(driver, lambda d: d.title.startswith("Members"))
    driver.find_element(By.LINK_TEXT, "Lyon Jumelages").click()
    _wait(driver, lambda d: "annual-report-2025.csv" in d.page_source)
    camera.both("organization")
    driver.find_element(By.LINK_TEXT, "annual-report-2025.csv").click()
    downloaded = driver.downloads / "annual-report-2025.csv"
    _wait(driver, lambda d: downloaded.exists() and downloaded.stat().st_size > 0)
    assert downloaded.read_bytes() == (lyon_folder / "annual-report-2025.csv").read_bytes()

    # The impact page: the network's sums of the three reports.
    driver.find_element(By.LINK_TEXT, "Impact").click()
    _wait(driver, lambda d: d.title.startswith("The network"))
    assert f"{YEAR}: 3 members reporting" in driver.page_source
    expected = {
        "figure-volunteers": sum(r.volunteers.volunteers for r in uploaded),
        "figure-events": sum(r.events.events for r in uploaded),
        "figure-participants": sum(
            r.exchanges.participants_inbound + r.exchanges.participants_outbound for r in uploaded
        ),
        "figure-youth": sum(
            r.exchanges.youth_inbound + r.exchanges.youth_outbound for r in uploaded
        ),
        "figure-partnerships": sum(r.partnerships.total for r in uploaded),
    }
    for element_id, figure in expected.items():
        assert _text(driver, element_id) == f"{figure:,}", element_id
    hours = sum(Decimal(str(round(r.volunteers.minutes / 60, 2))) for r in uploaded)
    assert Decimal(_text(driver, "figure-hours").replace(",", "")) == hours
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 4
    camera.both("impact")
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
    )
    camera.both("impact-dark")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    # The directory: the listed member's partnership, and no one else's.
    driver.find_element(By.LINK_TEXT, "Directory").click()
    _wait(driver, lambda d: d.title.startswith("Directory"))
    assert "Kōfu" in driver.page_source and "甲府市" in driver.page_source
    camera.both("directory")
    driver.find_element(By.ID, "public").send_keys(Keys.SPACE)
    driver.find_element(By.CSS_SELECTOR, ".switch button").click()
    _wait(driver, lambda d: "Published: anyone can see it." in d.page_source)

    driver.find_element(By.LINK_TEXT, "Audit log").click()
    _wait(driver, lambda d: d.title.startswith("Audit log"))
    assert "Created an organization" in driver.page_source
    assert "Changed the public directory" in driver.page_source
    camera.both("audit")

    driver.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    _wait(driver, lambda d: "/console/sign-in" in d.current_url)
    driver.get(f"{hq.url}/console/members")
    _wait(driver, lambda d: "/console/sign-in" in d.current_url)
    driver.get(f"{hq.url}/directory/")
    _wait(driver, lambda d: "Directory of sister city partnerships" in d.page_source)
    assert "Kōfu" in driver.page_source
    camera.both("public-directory")
    assert len(camera.taken) == 20
    if not keep:
        shutil.rmtree(folder)
