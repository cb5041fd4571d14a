package io.broadsheet.runtime.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.broadsheet.core.error.PluginException;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Formats;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.Plugin;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds plugins: {@link BroadsheetPlugin} services on the application class path, then in each plugin
 * directory every {@code *.jar} (one class loader each) and every sub-folder (its jars share one class
 * loader), in name order. Each plugin gets its own Guice injector, so a broken plugin fails alone.
 * Two plugins that claim one format name are an error naming both.
 */
public final class PluginLoader {

    private static final Key<Map<String, Parser<?>>> PARSERS =
            Key.get(new TypeLiteral<Map<String, Parser<?>>>() { });
    private static final Key<Map<String, Exporter<?>>> EXPORTERS =
            Key.get(new TypeLiteral<Map<String, Exporter<?>>>() { });

    private final SortedMap<String, Loaded<Parser<?>>> parsers = new TreeMap<>();
    private final SortedMap<String, Loaded<Exporter<?>>> exporters = new TreeMap<>();
    private final List<LoadFailure> failures = new ArrayList<>();

    private PluginLoader() {
    }

    /** Loads from the class loader of this class and from {@code pluginDirs} (missing ones are an error). */
    public static PluginRegistry load(List<Path> pluginDirs) {
        PluginLoader loader = new PluginLoader();
        ClassLoader app = PluginLoader.class.getClassLoader();
        loader.loadFrom(ServiceLoader.load(BroadsheetPlugin.class, app), app, PluginOrigin.CLASS_PATH);
        for (Path dir : pluginDirs) {
            loader.loadDirectory(dir, app);
        }
        return new PluginRegistry(loader.parsers, loader.exporters, List.copyOf(loader.failures));
    }

    private void loadDirectory(Path dir, ClassLoader parent) {
        if (!Files.isDirectory(dir)) {
            throw new PluginException("plugin directory not found: " + dir);
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new PluginException("cannot list plugin directory " + dir + ": " + e.getMessage(), e);
        }
        for (Path entry : entries) {
            PluginOrigin origin = PluginOrigin.of(entry);
            try {
                URL[] urls = jarsOf(entry);
                PluginClassLoader loader = new PluginClassLoader("plugin:" + entry.getFileName(), urls, parent);
                // Only the services the plugin itself ships: not the ones its parent already provides.
                loadFrom(ServiceLoader.load(BroadsheetPlugin.class, loader), loader, origin);
            } catch (PluginException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                failures.add(new LoadFailure(origin, String.valueOf(e.getMessage())));
            }
        }
    }

    private static URL[] jarsOf(Path entry) throws IOException {
        if (!Files.isDirectory(entry)) {
            return new URL[] {toUrl(entry)};
        }
        try (Stream<Path> jars = Files.list(entry)) {
            List<URL> urls = new ArrayList<>();
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(toUrl(jar));
            }
            return urls.toArray(URL[]::new);
        }
    }

    private static URL toUrl(Path p) throws MalformedURLException {
        return p.toUri().toURL();
    }

    private void loadFrom(ServiceLoader<BroadsheetPlugin> services, ClassLoader loader, PluginOrigin origin) {
        var iterator = services.stream().iterator();
        while (true) {
            ServiceLoader.Provider<BroadsheetPlugin> provider;
            try {
                if (!iterator.hasNext()) {
                    return;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError e) {
                failures.add(new LoadFailure(origin, e.getMessage()));
                continue;
            }
            // A jar's class loader also sees the parent's services: keep only the plugin's own classes.
            if (origin != PluginOrigin.CLASS_PATH && provider.type().getClassLoader() != loader) {
                continue;
            }
            install(provider, origin);
        }
    }

    private void install(ServiceLoader.Provider<BroadsheetPlugin> provider, PluginOrigin origin) {
        String pluginClass = provider.type().getName();
        try {
            Injector injector = Guice.createInjector(provider.get(), binder -> {
                // Declare both maps so a plugin that contributes only one kind still has the other, empty.
                Formats.parsers(binder);
                Formats.exporters(binder);
            });
            register(parsers, injector.getInstance(PARSERS), pluginClass, origin, "parser");
            register(exporters, injector.getInstance(EXPORTERS), pluginClass, origin, "exporter");
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            failures.add(new LoadFailure(origin, pluginClass + ": " + firstLine(e)));
        }
    }

    private static <T extends Plugin<?>> void register(SortedMap<String, Loaded<T>> into, Map<String, T> found,
            String pluginClass, PluginOrigin origin, String what) {
        for (Map.Entry<String, T> e : new TreeMap<>(found).entrySet()) {
            String name = e.getKey();
            Loaded<T> existing = into.get(name);
            Loaded<T> loaded = new Loaded<>(name, e.getValue(), pluginClass, origin);
            if (existing != null) {
                throw new PluginException("two plugins provide the " + what + " '" + name + "': "
                        + existing.describeOrigin() + " and " + loaded.describeOrigin()
                        + "; remove one of them");
            }
            if (!name.equals(e.getValue().name())) {
                throw new PluginException(pluginClass + " (" + origin + ") binds the " + what + " '" + name
                        + "' to " + e.getValue().getClass().getName() + " whose name() is '" + e.getValue().name() + "'");
            }
            into.put(name, loaded);
        }
    }

    private static String firstLine(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        int nl = msg.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl > 0 && msg.length() > 400 ? msg.substring(0, nl) : msg);
    }
}
