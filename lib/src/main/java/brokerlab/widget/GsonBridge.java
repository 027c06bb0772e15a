package brokerlab.widget;

import brokerlab.util.Json;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * The kernel's own JSON objects, reached by reflection. JJava's comm API takes and returns Gson
 * {@code JsonObject}s, and the JJava 1.0a8 kernel relocates Gson to {@code org.dflib.jjava.shaded.com.google.gson},
 * while the only jjava-jupyter on Maven Central (1.0-a6, which we compile against) uses plain
 * {@code com.google.gson}. Calling those methods directly would link to the wrong class and fail with
 * {@code NoSuchMethodError}; finding the JSON class from the running {@code Comm.send} signature works with both.
 */
final class GsonBridge {
    private final Class<?> jsonObject;
    private final Method parse;
    private final Method add;
    private final Method entrySet;

    /** Binds to the JsonObject class that {@code commClass}'s one-argument {@code send} takes. */
    GsonBridge(Class<?> commClass) {
        try {
            Class<?> type = null;
            for (Method m : commClass.getMethods()) {
                if (m.getName().equals("send") && m.getParameterCount() == 1) type = m.getParameterTypes()[0];
            }
            if (type == null) throw new IllegalStateException("Comm.send(JsonObject) not found in " + commClass);
            this.jsonObject = type;
            String pkg = type.getPackageName();
            ClassLoader loader = type.getClassLoader();
            Class<?> parser = Class.forName(pkg + ".JsonParser", true, loader);
            Class<?> element = Class.forName(pkg + ".JsonElement", true, loader);
            this.parse = parser.getMethod("parseString", String.class);
            this.add = type.getMethod("add", String.class, element);
            this.entrySet = type.getMethod("entrySet");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JJava kernel's comm API is not the one brokerlab.widget knows: " + e, e);
        }
    }

    Class<?> jsonObjectType() {
        return jsonObject;
    }

    /** A kernel JsonObject holding this map. */
    Object toJson(Map<String, Object> map) {
        try {
            Object element = parse.invoke(null, Json.compact(map));
            return jsonObject.cast(element);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not build the kernel's JsonObject: " + e, e);
        }
    }

    /** Copies every member of this map into an existing kernel JsonObject (the data of a comm_open being built). */
    void fill(Object target, Map<String, Object> map) {
        try {
            Object source = toJson(map);
            for (Object o : (Set<?>) entrySet.invoke(source)) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                add.invoke(target, e.getKey(), e.getValue());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not fill the kernel's JsonObject: " + e, e);
        }
    }

    /** A map from a kernel JsonObject (or anything whose toString is a JSON object, as Gson's is). */
    static Map<String, Object> toMap(Object json) {
        return json == null ? Map.of() : Json.readObject(json.toString(), "widget message", "from the kernel");
    }

    /** The {@code getData()} of a comm command, whose declared return type differs between kernel builds. */
    static Object data(Object command) {
        try {
            return command.getClass().getMethod("getData").invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("comm command without getData(): " + command, e);
        }
    }
}
