package io.github.neuronkernel.kernel.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sliders' ranges, steps and readouts, and the messages for ranges that cannot be. */
class SliderTest {
    private static String refused(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void badRangesAreRefusedWithTheValuesAndWhatIsAllowed() {
        assertEquals("slider \"amp\": min 1 must be less than max 0.5", refused(() -> Slider.of("amp", 1, 0.5, 0.1)));
        assertEquals("slider \"amp\": min 1 must be less than max 1", refused(() -> Slider.of("amp", 1, 1, 0.1)));
        assertEquals("slider \"amp\": step 0 must be positive and at most max - min = 1", refused(() -> Slider.of("amp", 0, 1, 0)));
        assertEquals("slider \"amp\": step -0.1 must be positive and at most max - min = 1", refused(() -> Slider.of("amp", 0, 1, -0.1)));
        assertEquals("slider \"amp\": step 2 must be positive and at most max - min = 1", refused(() -> Slider.of("amp", 0, 1, 2)));
        assertEquals("slider \"amp\": value 1.5 is outside the range 0 to 1", refused(() -> Slider.of("amp", 0, 1, 0.1, 1.5)));
        assertEquals("slider \"amp\": min NaN and max 1.0 must be finite numbers", refused(() -> Slider.of("amp", Double.NaN, 1, 0.1)));
        assertEquals("slider \"n\": value 11 is outside the range 1 to 10", refused(() -> Slider.ofInt("n", 1, 10, 1, 11)));
        assertEquals("slider: the name is blank; give the parameter's name, e.g. slider(\"amp\", ...)", refused(() -> Slider.of(" ", 0, 1, 0.1)));
        assertEquals("slider: the name is null; give the parameter's name, e.g. slider(\"amp\", ...)", refused(() -> Slider.of(null, 0, 1, 0.1)));
    }

    @Test
    void withoutAValueASliderStartsInTheMiddleOnAStep() {
        assertEquals(0.5, Slider.of("amp", 0, 1, 0.05).value(), 1e-12);
        assertEquals(0.3, Slider.of("amp", 0, 0.7, 0.1).value(), 1e-12, "0.35 is no step: the step below");
        assertEquals(5, Slider.ofInt("n", 0, 10, 1).value());
        assertEquals(4, Slider.ofInt("n", 0, 10, 4).value(), "a step of 4 from 0: 0, 4, 8");
    }

    @Test
    void theReadoutHasTheDecimalsOfTheStep() {
        assertEquals(2, Slider.decimals(0.05));
        assertEquals(2, Slider.decimals(0.25));
        assertEquals(1, Slider.decimals(0.1));
        assertEquals(0, Slider.decimals(1));
        assertEquals(0, Slider.decimals(10));
        assertEquals(5, Slider.decimals(2e-5));
        assertEquals(8, Slider.decimals(1e-12), "at most 8");
    }

    @Test
    void valuesFromTheFrontEndAreClampedAndIntsRounded() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        assertEquals(0.0, amp.accept(-3));
        assertEquals(1.0, amp.accept(1.5));
        assertEquals(0.35, amp.accept(0.35));
        Slider<Integer> n = Slider.ofInt("n", 1, 10, 1, 3);
        assertEquals(4, n.accept(3.6));
        assertEquals(10, n.accept(99.0));
        assertEquals("slider \"n\": the value NaN is not a number", refused(() -> n.accept(Double.NaN)));
        assertEquals("slider \"n\": the value x is not a number", refused(() -> n.accept("x")));
    }

    @Test
    void dropdownsAndCheckboxesRefuseWhatTheyCannotHold() {
        assertEquals("dropdown \"mech\": no options; give at least one, e.g. dropdown(\"mech\", \"hh\", \"pas\")",
                refused(() -> Dropdown.of("mech")));
        assertEquals("dropdown \"mech\": the option \"hh\" is given twice", refused(() -> Dropdown.of("mech", "hh", "hh")));
        assertEquals("dropdown \"mech\": an option is null", refused(() -> Dropdown.of("mech", "hh", null)));
        assertEquals("checkbox: the name is blank; give the parameter's name, e.g. checkbox(\"amp\", ...)",
                refused(() -> Checkbox.of("", true)));
        assertEquals("checkbox \"noise\": 1.0 is not true or false", refused(() -> Checkbox.of("noise", true).accept(1.0)));
    }

    @Test
    void aFloatSliderStateIsWhatIpywidgetsSixSends() {
        // python3-ipywidgets 6.0.0: FloatSlider(value=0.5, min=0, max=1, step=0.05, description='amp').get_state()
        Map<String, Object> state = new HashMap<>(Slider.of("amp", 0, 1, 0.05, 0.5).state());
        Map<String, Object> expected = new HashMap<>();
        expected.put("_dom_classes", java.util.List.of());
        expected.put("_model_module", "jupyter-js-widgets");
        expected.put("_model_module_version", "~2.1.4");
        expected.put("_model_name", "FloatSliderModel");
        expected.put("_range", false);
        expected.put("_view_module", "jupyter-js-widgets");
        expected.put("_view_module_version", "~2.1.4");
        expected.put("_view_name", "FloatSliderView");
        expected.put("continuous_update", true);
        expected.put("description", "amp");
        expected.put("disabled", false);
        expected.put("max", 1.0);
        expected.put("min", 0.0);
        expected.put("msg_throttle", 1);
        expected.put("orientation", "horizontal");
        expected.put("readout", true);
        expected.put("readout_format", ".2f");
        expected.put("slider_color", null);
        expected.put("step", 0.05);
        expected.put("value", 0.5);
        assertEquals(expected, state, "all but its layout model");
    }
}
