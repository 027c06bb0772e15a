/**
 * Live controls for Java notebooks: the kernel side of the Jupyter widget message protocol, version 2
 * (ipywidgets 8; the front end is JupyterLab's {@code jupyterlab-widgets} 3, no extension build needed), over the
 * comms of the JJava kernel. Only the controls BrokerLab uses are implemented, each with the model and view names,
 * state keys and defaults of ipywidgets 8.1 ({@code @jupyter-widgets/controls} 2.0.0, {@code @jupyter-widgets/base}
 * 2.0.0, {@code @jupyter-widgets/output} 1.0.0): {@link brokerlab.widget.FloatSlider}, {@link brokerlab.widget.IntSlider},
 * {@link brokerlab.widget.Dropdown}, {@link brokerlab.widget.ToggleButtons}, {@link brokerlab.widget.Checkbox},
 * {@link brokerlab.widget.Label}, {@link brokerlab.widget.HtmlWidget}, {@link brokerlab.widget.Output},
 * {@link brokerlab.widget.HBox}, {@link brokerlab.widget.VBox}, plus the {@link brokerlab.widget.Layout} and
 * {@link brokerlab.widget.Style} models every control refers to.
 *
 * <h2>The protocol subset</h2>
 * <ul>
 *   <li><b>Open</b> (kernel to front end): comm_open on target {@code jupyter.widget}, {@code data = {state,
 *       buffer_paths: []}} with the full state, {@code metadata = {version: "2.1.0"}}. Widgets referred to as
 *       {@code "IPY_MODEL_<comm id>"} (layout, style, box children) are opened first.</li>
 *   <li><b>Display</b>: a display_data with {@code application/vnd.jupyter.widget-view+json =
 *       {model_id, version_major: 2, version_minor: 0}} and a {@code text/plain} fallback, which is what
 *       nbconvert without saved widget state, GitHub and front ends without the widget extension show.</li>
 *   <li><b>Kernel to front end</b>: comm_msg {@code {method: "update", state: {changed keys}, buffer_paths: []}}.</li>
 *   <li><b>Front end to kernel</b>: {@code update} (a user moved a control) is answered at once with
 *       {@code echo_update} carrying the same keys, then applied; a value the widget corrects (clamped slider,
 *       impossible index) goes back as {@code update} before observers run; observers that set the value the front
 *       end sent send nothing (ipywidgets' property lock). {@code request_state} is answered with an {@code update}
 *       holding the full state. {@code custom} messages are ignored (no widget here defines any). comm_close
 *       forgets the widget.</li>
 *   <li><b>Control comm</b>: a front end opening {@code jupyter.widget.control} (JupyterLab does after a page
 *       reload) gets {@code {method: "update_states", states: {id: {model_name, model_module,
 *       model_module_version, state}}, buffer_paths: []}} for {@code request_states}.</li>
 *   <li>Not implemented: binary buffers (no widget here has binary state), {@code Output.msg_id} capture (the
 *       {@link brokerlab.widget.Output} keeps its {@code outputs} state itself), widgets created by the front end.</li>
 * </ul>
 *
 * <h2>Threads, debouncing, cancellation</h2>
 * The kernel delivers front-end messages on its shell thread, so observers run there; a dragged slider sends one
 * update per frame (the front end waits for the kernel to go idle between them). Anything slow goes through a
 * {@link brokerlab.widget.Debouncer} (act once the control has rested for a quiet period) and a
 * {@link brokerlab.widget.LatestRunner} (one background run at a time; a newer request cancels the stale one
 * through its {@link brokerlab.widget.CancelToken}, checked between replications).
 *
 * <h2>The JJava kernel</h2>
 * {@link brokerlab.widget.WidgetSession#jupyter()} finds the running kernel through
 * {@code org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel()} and uses its {@code CommManager}; a cell can
 * reach the same objects as {@code kernel().getCommManager()} (JJava imports {@code JavaNotebookStatics.kernel()}
 * into every notebook). The engine compiles against {@code org.dflib.jjava:jjava-jupyter:1.0-a6}, the only
 * version on Maven Central, with {@code provided} scope, so lib/target/classpath/ carries no second copy; the
 * JJava 1.0a8 kernel embeds jjava-jupyter 1.0-a8 with Gson relocated to
 * {@code org.dflib.jjava.shaded.com.google.gson}, so every method whose signature mentions Gson is called
 * through {@code GsonBridge} (reflection on the running classes) and only Gson-free signatures, identical in
 * both versions, are linked directly.
 *
 * <pre>{@code
 * var ui = WidgetSession.jupyter();
 * var rate = new FloatSlider("arrival rate (1/s)", 1, 60, 0.5, 32);
 * var shown = new Label("");
 * rate.onValue(v -> shown.value(String.format("rho = %.2f", v / 40)));   // 4 servers at 10/s
 * ui.show(new VBox(rate, shown), "arrival-rate control (needs the Jupyter widget front end)");
 * }</pre>
 */
package brokerlab.widget;
