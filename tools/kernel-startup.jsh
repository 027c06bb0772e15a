// Run by JJava in every java kernel before its first cell (tools/install_kernel.py puts this file into kernel.json as
// JJAVA_STARTUP_SCRIPT). Two blocks, so nothing is declared that a notebook could see. They work around JJava 1.0a8
// and JShell 17 internals, so each does nothing if they change; tests/test_install_kernel.py notices when that happens.
//
// 1. End the JVM once the kernel has shut down. JJava never calls System.exit and leaves idle, non-daemon execution
//    threads behind, so after a shutdown request its JVM lingered until jupyter_client's SIGTERM 2.5 s later (every
//    headless notebook, test and report page waited that long) or, with nobody to send it, a minute. The kernel is
//    done once its shell and control loops have ended (they end only when JJava closes the connection, after its
//    shutdown reply); JJava's main thread returns only after the heartbeat loop's next 500 ms sleep as well.
//    System.exit runs the shutdown hooks (e.g. those stopping a measured broker).
{
    Thread kernelMain = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("main")).findFirst().orElse(null);
    Thread exit = new Thread(() -> {
        try {
            java.util.List<Thread> loops = java.util.List.of();
            for (int wait = 0; loops.size() < 2 && wait < 6000; wait++) {    // they start once JJava connects
                Thread.sleep(10);
                loops = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("Shell-")).toList();
            }
            if (loops.size() < 2 && kernelMain != null) loops = java.util.List.of(kernelMain);   // another JJava
            for (Thread loop : loops) loop.join();
        } catch (InterruptedException e) {
            return;
        }
        System.exit(0);
    }, "brokerlab-exit-after-shutdown");
    exit.setDaemon(true);
    exit.start();
}
// 2. Pick up the next cell at once. JJava's shell loop polls its socket and then sleeps 50 ms, also right after
//    answering a cell, so a notebook run back to back waited ~50 ms before each cell (a trivial cell's round trip was
//    76 ms, 62 of them waiting). For 2 s after handling a message the loop now sleeps 1 ms; idle, it keeps 50 ms.
//    The loops exist only once JJava connects, after this script, so a daemon thread waits for them (at most 60 s).
// 3. Forget a cell's hidden result variables once it has answered. JShell keeps every expression's value as a hidden
//    variable ($1, $2, ...) and compiles every later snippet in a wrapper that imports each variable still defined, so
//    each one made every later statement slower to compile (a trivial one 15.5 ms in a fresh session, 33.7 ms after
//    66 declarations). JJava shows a cell's value from its own copy, so after the shell loop has handled a message,
//    on the thread that evaluates cells, the hidden variables are dropped: a cell can still use its own `$n`, a later
//    cell cannot (declared variables stay). Measured: see README, "Where a notebook's own time goes".
{
    Thread[] evaluator = {null};                      // the thread JShell evaluated the last snippet on
    jdk.jshell.JShell[] jshell = {null};
    Runnable dropHiddenResults = () -> {
        try {
            if (jshell[0] == null) {
                synchronized (jshell) {
                    if (jshell[0] == null) {
                        jdk.jshell.JShell shell = org.dflib.jjava.kernel.JavaNotebookStatics.kernel().getJShell();
                        shell.onSnippetEvent(event -> evaluator[0] = Thread.currentThread());
                        jshell[0] = shell;
                    }
                }
            }
            if (Thread.currentThread() != evaluator[0]) return;     // the control channel's loop: JShell is not its
            for (jdk.jshell.VarSnippet hidden : jshell[0].variables()
                    .filter(v -> v.subKind() == jdk.jshell.Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND).toList()) {
                jshell[0].drop(hidden);
            }
        } catch (RuntimeException | LinkageError e) {
            // another JJava or JShell: the hidden variables stay
        }
    };
    Thread tune = new Thread(() -> {
        java.util.Set<Thread> tuned = new java.util.HashSet<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (tuned.size() < 2 && System.nanoTime() < deadline) {        // the shell and the control channel
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (tuned.contains(t) || !t.getName().startsWith("Shell-")
                        || !t.getClass().getName().equals("org.dflib.jjava.jupyter.channels.Loop")) continue;
                tuned.add(t);
                try {
                    java.lang.reflect.Field body = t.getClass().getDeclaredField("loopBody");
                    body.setAccessible(true);
                    java.util.function.LongSupplier poll = (java.util.function.LongSupplier) body.get(t);
                    long[] busyUntil = {0};
                    body.set(t, (java.util.function.LongSupplier) () -> {
                        long start = System.nanoTime();
                        long sleep = poll.getAsLong();                      // JJava's poll: 50 (ms) or < 0 to stop
                        long end = System.nanoTime();
                        if (end - start > 200_000) {                               // it handled a message
                            busyUntil[0] = end + 2_000_000_000L;
                            dropHiddenResults.run();
                        }
                        return sleep > 0 && end < busyUntil[0] ? 1 : sleep;
                    });
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // another JJava: its loop stays as it is
                }
            }
            try { Thread.sleep(5); } catch (InterruptedException e) { return; }
        }
    }, "brokerlab-shell-poll");
    tune.setDaemon(true);
    tune.start();
}
