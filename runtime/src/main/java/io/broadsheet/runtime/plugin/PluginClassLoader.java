package io.broadsheet.runtime.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The class loader of one plugin (a jar, or a folder of jars). The SPI and what it exposes (Broadsheet
 * core, Guice, jakarta.inject, the JDK) come from the parent so that plugin and runtime agree on those
 * types; every other class is looked up in the plugin first, so a plugin's own dependencies never clash
 * with the runtime's or another plugin's.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final List<String> SHARED_PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.",
            "io.broadsheet.core.", "com.google.inject.", "jakarta.inject.", "com.google.common.",
            "com.fasterxml.jackson.annotation.", "org.aopalliance.");

    PluginClassLoader(String name, URL[] urls, ClassLoader parent) {
        super(name, urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                if (isShared(name)) {
                    c = getParent().loadClass(name);
                } else {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = getParent().loadClass(name);
                    }
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        // Service files and resources: the plugin's own first, so ServiceLoader sees only what it ships.
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    private static boolean isShared(String className) {
        for (String prefix : SHARED_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
