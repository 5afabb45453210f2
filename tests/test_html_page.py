"""The interactive page (``--format html`` / ``timeline plot TABLE -o page.html``): self-contained, escaped,
and working in a real headless browser (Debian's chromium + chromedriver, driven by Selenium).

The browser tests skip with a message when chromium, chromedriver or selenium is missing; `make browser`
(run by .ci/run) installs them.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import timeline
from timeline.export import read_table, write_table
from timeline.export.html import page_rows, to_html
from timeline.readers import read_path
from timeline.table import build_table

MARKUP = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>',
          "<svg/onload=window.__pwned=1>", "' onmouseover='window.__pwned=1", '<a href="javascript:alert(1)">x</a>',
          "</script><script>window.__pwned=1</script>", "<!-- x", "\u2028line"]
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000")


@pytest.fixture(scope="module")
def seed_df():
    return timeline.extract_many(read_path("seeds/000_77470e3bf062b03c.txt"))


def _hostile_df():
    rows = []
    for i, m in enumerate(MARKUP):
        rows.append({"doc_id": f"doc{m}", "pub_date": "2023-09-05", "sentence": f"On Tuesday {m} happened.",
                     "event": f"event {m}", "subject": m, "actors": f"{m}; Actor {i}", "timex_text": "Tuesday",
                     "timex_value": "2023-09-05", "start": "2023-09-05", "end": "2023-09-06", "granularity": "day",
                     "fuzzy": False, "rule": "t", "char_start": 3, "char_end": 10})
    rows.append({"doc_id": "v", "pub_date": "2023-09-05", "sentence": f"In recent weeks {MARKUP[0]}.",
                 "event": MARKUP[1], "timex_text": "recent weeks", "timex_value": "PAST_REF", "fuzzy": True,
                 "rule": "vague"})
    return build_table(rows)


def _outside_scripts(page: str) -> str:
    """The page without its <script> blocks: what the HTML parser reads as markup."""
    return re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)


# ------------------------------------------------------------------ without a browser

def test_page_is_self_contained(seed_df):
    page = to_html(seed_df, title="Seed")
    assert "<script src" not in page and "<link" not in page  # nothing fetched at view time
    assert "default-src 'none'" in page  # and the CSP forbids it anyway
    assert "vis-timeline" in page and "Apache" in page  # the library is inlined, with its licence header
    data = json.loads(re.search(r'id="timeline-data">(.*?)</script>', page, re.S).group(1))
    assert len(data["rows"]) == len(seed_df) and data["pubs"][0]["label"] == "published 5 Sep 2023"


def test_untrusted_text_is_escaped():
    page = to_html(_hostile_df(), title="<b>t</b>")
    markup = _outside_scripts(page)
    for m in MARKUP[:6]:
        assert m not in markup  # not as markup or an attribute
        if "<" in m:
            assert m not in page  # nor raw inside the JSON block, where "</script>" would end it
    assert "<img" not in markup and "<svg" not in markup and "<b>t</b>" not in markup
    assert htmlmod.escape(MARKUP[0]) in markup  # shown as text in the table
    blocks = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    assert len(blocks) == 3  # data, library, page script: no block was closed early by a cell
    data = json.loads(blocks[0])
    assert {r["event"] for r in data["rows"]} >= {f"event {m}" for m in MARKUP}  # the text itself is kept


def test_plot_command_writes_the_page(tmp_path, seed_df):
    table = tmp_path / "t.csv"
    write_table(seed_df, table)
    out = tmp_path / "page.html"
    r = subprocess.run([sys.executable, "-m", "timeline.cli", "plot", str(table), "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == to_html(read_table(table))
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline.cli", "plot", str(bad), "-o", str(tmp_path / "x.html")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 3 and r.stderr.count("\n") == 1 and not (tmp_path / "x.html").exists()


def test_rows_follow_the_asserted_column_and_lanes(seed_df):
    rows = page_rows(seed_df)
    assert [r["lane"] for r in rows if "Sullivan" in r["event"]] == ["US", "US"]
    df = seed_df.copy()
    df["asserted"] = True
    df["source"] = "Al Jazeera"
    df["subject_resolved_from"] = "he"
    rows = page_rows(df)
    assert all(r["asserted"] and r["source"] == "Al Jazeera" and r["resolved_from"] == "he" for r in rows)


# ------------------------------------------------------------------ in the browser

@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are not installed (`make browser` installs Debian's packages)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in CHROME_FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def _open(driver, path: Path) -> list:
    driver.get(path.resolve().as_uri())
    for _ in range(100):
        if driver.execute_script("return document.body.getAttribute('data-ready')") == "1":
            break
        time.sleep(0.1)
    assert driver.execute_script("return document.body.getAttribute('data-ready')") == "1", "timeline never drew"
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def test_page_in_chromium(browser, seed_df, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "seed.html"
    page.write_text(to_html(seed_df, title="Seed"), encoding="utf-8")
    problems = _open(browser, page)
    assert problems == [], problems
    dated = int(seed_df["start"].notna().sum())
    rendered = browser.find_elements(By.CSS_SELECTOR, "#timeline span[data-row]")
    assert len(rendered) == dated  # every dated row is one event on the timeline
    assert len(browser.find_elements(By.CSS_SELECTOR, "#vague li[data-row]")) == len(seed_df) - dated
    assert len(browser.find_elements(By.CSS_SELECTOR, "#table-view tbody tr")) == len(seed_df)
    assert browser.find_elements(By.CSS_SELECTOR, ".vis-item.vis-background.pub")  # the publication date

    # clicking an event shows its sentence with the time expression marked
    target = next(e for e in rendered if "Ministry of Defence" in e.text)
    row = seed_df.iloc[int(target.get_attribute("data-row"))]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.click()
    time.sleep(0.3)
    detail = browser.find_element(By.ID, "detail")
    assert row["sentence"] in detail.text and row["timex_value"] in detail.text
    assert detail.find_element(By.TAG_NAME, "mark").text == row["timex_text"]

    # filters: one document / one actor narrows the timeline and the table alike
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "actor")).select_by_value("US")
    time.sleep(0.3)
    shown = browser.find_elements(By.CSS_SELECTOR, "#timeline span[data-row]")
    assert 0 < len(shown) < dated
    visible_rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "#table-view tbody tr") if r.is_displayed()]
    assert 0 < len(visible_rows) < len(seed_df)
    Select(browser.find_element(By.ID, "actor")).select_by_value("")

    # the table is reachable from the keyboard: focus a row, Enter selects it on the timeline
    first = browser.find_element(By.CSS_SELECTOR, "#table-view tbody tr")
    browser.execute_script("arguments[0].focus()", first)
    from selenium.webdriver.common.keys import Keys

    first.send_keys(Keys.ENTER)
    time.sleep(0.3)
    assert browser.find_element(By.ID, "detail").get_attribute("data-row") == first.get_attribute("data-row")
    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "page.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    assert _open(browser, page) == []  # nothing logged along the way either


def test_hostile_page_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "hostile.html"
    page.write_text(to_html(_hostile_df()), encoding="utf-8")
    _open(browser, page)
    for e in browser.find_elements(By.CSS_SELECTOR, "#timeline span[data-row]"):
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", e)
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", e)
    browser.find_element(By.CSS_SELECTOR, "#vague li[data-row]").click()
    assert browser.execute_script("return window.__pwned") is None
    assert browser.execute_script("return document.querySelectorAll('img, svg[onload], a[href^=javascript]').length") == 0
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline span[data-row]")) == len(MARKUP)


def test_big_page_in_chromium(browser, tmp_path):
    """200 rows over three years and four documents: loads clean, every row in the table, a document filter
    narrows the timeline to that document's events."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    sys.path.insert(0, str(Path(__file__).parent))
    from test_chart_layout import _synthetic

    df = _synthetic(200, 4)
    page = tmp_path / "big.html"
    page.write_text(to_html(df), encoding="utf-8")
    assert _open(browser, page) == []
    assert len(browser.find_elements(By.CSS_SELECTOR, "#table-view tbody tr")) == 200
    Select(browser.find_element(By.ID, "lanes")).select_by_value("none")
    Select(browser.find_element(By.ID, "doc")).select_by_value("doc001")
    time.sleep(0.5)
    shown = browser.find_elements(By.CSS_SELECTOR, "#timeline span[data-row]")
    expected = set(map(str, df.index[df["doc_id"] == "doc001"]))
    assert shown and {e.get_attribute("data-row") for e in shown} <= expected
    assert len(shown) == len(expected)  # one line, one document: everything fits the window
