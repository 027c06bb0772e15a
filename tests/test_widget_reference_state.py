"""The Java widget layer (brokerlab.widget) is checked against ipywidgets' own model states.

lib/src/test/resources/brokerlab/widget/ipywidgets-8-states.json holds the default state of every model the Java
side implements, as ipywidgets (the reference implementation of the widget protocol) produces it; the JUnit test
WidgetStateTest compares the Java defaults with it. This test keeps that file honest against the ipywidgets
pinned in requirements.txt. Regenerate after changing the pin:

    .venv/bin/python tests/test_widget_reference_state.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "lib" / "src" / "test" / "resources" / "brokerlab" / "widget" / "ipywidgets-8-states.json"


def reference_states() -> dict:
    import ipywidgets as w

    made = [w.FloatSlider(), w.IntSlider(), w.Dropdown(options=["a", "b"]), w.ToggleButtons(options=["a", "b"]),
            w.Checkbox(), w.Label(), w.HTML(), w.Output(), w.HBox(), w.VBox()]
    states = {"protocol_version": w._version.__protocol_version__}
    for widget in made:
        state = widget.get_state()
        for key in ("layout", "style"):
            if key in state:
                states[getattr(widget, key).get_state()["_model_name"] + "/" + state["_model_name"]] = \
                    getattr(widget, key).get_state()
                state[key] = "IPY_MODEL_" + key
        states[state["_model_name"]] = state
    return json.loads(json.dumps(states, sort_keys=True))


def test_fixture_matches_the_pinned_ipywidgets():
    assert json.loads(FIXTURE.read_text(encoding="utf-8")) == reference_states(), (
        "regenerate with: .venv/bin/python tests/test_widget_reference_state.py")


if __name__ == "__main__":
    FIXTURE.write_text(json.dumps(reference_states(), indent=1, sort_keys=True, ensure_ascii=True) + "\n",
                       encoding="utf-8")
    print(f"written {FIXTURE}")
    sys.exit(0)
