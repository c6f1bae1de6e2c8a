"""The first screen costs only what it shows (issue 16: start-up), and shows all of it."""

from __future__ import annotations

from partnercheck.ui.banners import Banner


def test_a_bar_is_styled_when_first_shown_and_follows_the_palette_after(qtbot, qapp):  # type: ignore[no-untyped-def]
    banner = Banner("testBanner", "#8a6d2f")
    qtbot.addWidget(banner)
    assert banner.styleSheet() == "" and banner.isHidden()  # hidden: nothing to parse yet
    banner.say(None)
    assert banner.styleSheet() == ""
    banner.say("Read only")
    assert not banner.isHidden() and banner.label.text() == "Read only"
    assert "#testBanner" in banner.styleSheet() and "#8a6d2f" in banner.styleSheet()
    banner.say(None)
    assert banner.isHidden() and "#testBanner" in banner.styleSheet()  # kept for the next time
