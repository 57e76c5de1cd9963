package dev.tact.lint.internal;

import dev.tact.lint.LintConfig;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.escalation.PersonalDataDetector;

/**
 * What every catalog and pack of a run is checked with, built once per linter and shared by
 * threads: the tone checker (built-in and configured packs), the personal-data detector, the rule
 * metadata, the sample values and the configuration.
 *
 * @param checker the tone rules
 * @param detector the personal-data detector
 * @param rules the metadata of every rule lint can report
 * @param samples the sample values templates are rendered with
 * @param config the project's configuration
 */
public record LintContext(ToneChecker checker, PersonalDataDetector detector, LintRules rules,
    SampleValues samples, LintConfig config) {}
