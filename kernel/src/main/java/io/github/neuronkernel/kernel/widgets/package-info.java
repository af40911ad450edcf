/**
 * Widgets: sliders, dropdowns and checkboxes whose changes run a cell's model again and redraw its
 * output in place ({@code interact(...)}). Models, their state and the messages of the widget
 * protocol the installed front end speaks ({@link io.github.neuronkernel.kernel.widgets.WidgetProtocol}),
 * and the collection of one run's output into one display. No sockets here: the Jupyter layer
 * carries the comms ({@link io.github.neuronkernel.kernel.widgets.CommChannel}) and runs the models
 * as cells run ({@link io.github.neuronkernel.kernel.widgets.CellRunner}); cells reach this package
 * through {@code Notebook}'s {@code interact}, {@code slider}, {@code dropdown} and {@code checkbox}.
 */
package io.github.neuronkernel.kernel.widgets;
