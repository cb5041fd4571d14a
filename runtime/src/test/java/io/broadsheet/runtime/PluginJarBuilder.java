package io.broadsheet.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources against the test class path and packs them with a service file into a plugin jar. */
final class PluginJarBuilder {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> services = new ArrayList<>();

    PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    PluginJarBuilder service(String className) {
        services.add(className);
        return this;
    }

    Path build(Path jar) throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = work.resolve("src").resolve(s.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("plugin sources did not compile");
        }
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.broadsheet.core.spi.BroadsheetPlugin"));
            out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** A plugin contributing one exporter named {@code format} that writes "NAME:title" lines. */
    static PluginJarBuilder exporterPlugin(String pkg, String format) {
        String exporter = """
                package %1$s;
                import io.broadsheet.core.model.Article;
                import io.broadsheet.core.spi.*;
                import java.io.*;
                import java.nio.charset.StandardCharsets;
                import java.util.*;
                public final class Upper implements Exporter<NoOptions> {
                    public String name() { return "%2$s"; }
                    public String description() { return "jar plugin %2$s"; }
                    public String defaultOutputName() { return "%2$s.txt"; }
                    public Class<NoOptions> optionsType() { return NoOptions.class; }
                    public NoOptions defaultOptions() { return NoOptions.INSTANCE; }
                    public Set<ModelField> carries() { return EnumSet.of(ModelField.TITLE); }
                    public ExportSession open(NoOptions o, OutputTarget t) throws IOException {
                        Writer w = new OutputStreamWriter(t.create(t.name()), StandardCharsets.UTF_8);
                        return new ExportSession() {
                            public void accept(Article a) throws IOException { w.write("%2$s:" + a.title().toUpperCase() + "\\n"); }
                            public void finish() throws IOException { w.flush(); }
                            public void close() throws IOException { w.close(); }
                        };
                    }
                }
                """.formatted(pkg, format);
        String plugin = """
                package %1$s;
                public final class UpperPlugin extends com.google.inject.AbstractModule
                        implements io.broadsheet.core.spi.BroadsheetPlugin {
                    protected void configure() {
                        io.broadsheet.core.spi.Formats.exporters(binder()).addBinding("%2$s").to(Upper.class);
                    }
                }
                """.formatted(pkg, format);
        return new PluginJarBuilder().source(pkg + ".Upper", exporter).source(pkg + ".UpperPlugin", plugin)
                .service(pkg + ".UpperPlugin");
    }
}
