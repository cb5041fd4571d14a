package io.broadsheet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.PluginException;
import io.broadsheet.core.error.UnsupportedFormatException;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginOrigin;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void findsPluginsOnTheClassPath() {
        PluginRegistry registry = PluginLoader.load(List.of());

        assertThat(registry.parsers()).containsKey("lines");
        assertThat(registry.exporters()).containsKey("lines");
        assertThat(registry.exporter("lines").origin()).isEqualTo(PluginOrigin.CLASS_PATH);
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void loadsAPluginJarFromAPluginDirectoryInItsOwnClassLoader() throws Exception {
        Path dir = tmp.resolve("plugins");
        Path jar = PluginJarBuilder.exporterPlugin("com.example.shout", "shout").build(dir.resolve("shout.jar"));

        PluginRegistry registry = PluginLoader.load(List.of(dir));

        var loaded = registry.exporter("shout");
        assertThat(loaded.origin().location()).isEqualTo(jar);
        assertThat(loaded.plugin().getClass().getClassLoader()).isNotSameAs(PluginLoader.class.getClassLoader());
        assertThat(loaded.plugin().getClass().getClassLoader().getName()).isEqualTo("plugin:shout.jar");
        assertThat(registry.exporters()).containsKey("lines");
    }

    @Test
    void loadsAFolderOfJarsAsOnePlugin() throws Exception {
        Path dir = tmp.resolve("plugins");
        PluginJarBuilder.exporterPlugin("com.example.folder", "folder").build(dir.resolve("folder-plugin/main.jar"));

        PluginRegistry registry = PluginLoader.load(List.of(dir));

        assertThat(registry.exporter("folder").origin().location()).isEqualTo(dir.resolve("folder-plugin"));
    }

    @Test
    void twoPluginsWithOneNameAreAnErrorNamingBoth() throws Exception {
        Path dir = tmp.resolve("plugins");
        Path first = PluginJarBuilder.exporterPlugin("com.example.one", "twin").build(dir.resolve("a-one.jar"));
        Path second = PluginJarBuilder.exporterPlugin("com.example.two", "twin").build(dir.resolve("b-two.jar"));

        assertThatThrownBy(() -> PluginLoader.load(List.of(dir)))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("'twin'")
                .hasMessageContaining(first.toString())
                .hasMessageContaining(second.toString());
    }

    @Test
    void aPluginClashingWithABuiltInNameIsRejected() throws Exception {
        Path dir = tmp.resolve("plugins");
        PluginJarBuilder.exporterPlugin("com.example.clash", "lines").build(dir.resolve("clash.jar"));

        assertThatThrownBy(() -> PluginLoader.load(List.of(dir)))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("class path")
                .hasMessageContaining("clash.jar");
    }

    @Test
    void aBrokenPluginIsReportedAndTheOthersStillLoad() throws Exception {
        Path dir = tmp.resolve("plugins");
        PluginJarBuilder.exporterPlugin("com.example.good", "good").build(dir.resolve("good.jar"));
        new PluginJarBuilder().source("com.example.bad.Nothing", "package com.example.bad; public class Nothing {}")
                .service("com.example.bad.MissingPlugin").build(dir.resolve("bad.jar"));
        Files.writeString(dir.resolve("not-a-jar.jar"), "this is not a zip");

        PluginRegistry registry = PluginLoader.load(List.of(dir));

        assertThat(registry.exporters()).containsKey("good");
        assertThat(registry.failures()).extracting(f -> f.origin().location().getFileName().toString())
                .contains("bad.jar");
        assertThatThrownBy(() -> registry.exporter("missing"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("known: good, lines")
                .hasMessageContaining("failed to load")
                .hasMessageContaining("bad.jar");
    }

    @Test
    void aMissingPluginDirectoryIsAnError() {
        assertThatThrownBy(() -> PluginLoader.load(List.of(tmp.resolve("nowhere"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("nowhere");
    }
}
