package io.interviewcalibration.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a job definition (YAML) and validates it. Every problem becomes a {@link UserError} whose
 * message names the file and the problem in one line.
 */
public final class JobLoader {

  /** The YAML as written; null = not given. Keys are snake_case. */
  record Spec(
      String name,
      InputsSpec inputs,
      RubricSpec rubric,
      List<StageSpec> stages,
      Integer plannedRounds,
      String period,
      String periodUnit,
      LocalDate outcomesAsOf,
      ScaleSpec performanceScale,
      List<String> jobIds,
      ThresholdsSpec thresholds,
      Integer bootstrapReplicates,
      Integer cvFolds,
      Boolean businessDays,
      String weightsFrom,
      Long seed,
      String output) {}

  record InputsSpec(String format, String path, String scorecards, String stages, String outcomes) {}

  record RubricSpec(
      String name,
      ScaleSpec scale,
      Map<String, Double> ratingWords,
      List<CompetencySpec> competencies,
      List<TierSpec> tiers) {}

  record ScaleSpec(Double min, Double max, Double step) {}

  record CompetencySpec(String id, String label, Double weight) {}

  record TierSpec(String name, Double min, Double max, String signal) {}

  record StageSpec(String id, String label, Double plannedMinutes, Double slaDays) {}

  record ThresholdsSpec(
      Integer minN,
      Integer minScorecards,
      Double reliabilityTarget,
      Integer pairMinShared,
      Double severityPoints,
      Double feedbackHours) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JobLoader() {}

  /** Loads and validates the job definition at {@code file}. */
  public static JobDefinition load(Path file) {
    String where = file.toString();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UserError(where + ": job definition not found");
    } catch (IOException e) {
      throw new UserError(where + ": cannot read job definition (" + e.getMessage() + ")");
    }
    return parse(text, where);
  }

  /** Parses and validates a job definition's text; {@code where} names it in messages. */
  public static JobDefinition parse(String text, String where) {
    Spec spec;
    try {
      spec = YAML.readValue(text, Spec.class);
    } catch (UnrecognizedPropertyException e) {
      throw new UserError(where + ": unknown key '" + e.getPropertyName() + "'" + parentOf(e)
          + lineOf(text, e.getPropertyName())
          + " (known: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ")) + ")");
    } catch (JsonMappingException e) {
      if (isSyntax(e)) {
        JsonLocation loc = e.getLocation();
        throw new UserError(where + ": invalid YAML" + (loc != null && loc.getLineNr() > 0 ? " at line " + loc.getLineNr() : "")
            + ": " + firstLine(e.getOriginalMessage()));
      }
      throw new UserError(where + ": invalid value" + at(e) + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new UserError(where + ": invalid YAML"
          + (loc != null ? " at line " + loc.getLineNr() : "") + ": " + firstLine(e.getOriginalMessage()));
    }
    if (spec == null) {
      throw new UserError(where + ": the job definition is empty");
    }
    return new Validator(where).validate(spec);
  }

  private static boolean isSyntax(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonParseException || t.getClass().getName().contains("snakeyaml")) {
        return true;
      }
    }
    return false;
  }

  /** " in rubric" for a key inside rubric; empty at the top level. */
  private static String parentOf(JsonMappingException e) {
    var path = e.getPath();
    String parent = path.subList(0, Math.max(0, path.size() - 1)).stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return parent.isEmpty() ? "" : " in " + parent;
  }

  /** " (line N)" of the first line where {@code key:} appears, else empty. */
  private static String lineOf(String text, String key) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(
        "(^|[\\s{,])" + java.util.regex.Pattern.quote(key) + "\\s*:");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return " (line " + (i + 1) + ")";
      }
    }
    return "";
  }

  private static String at(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    JsonLocation loc = e.getLocation();
    return (path.isEmpty() ? "" : " at " + path) + (loc != null && loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + ")" : "");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static final class Validator {
    private final String where;

    Validator(String where) {
      this.where = where;
    }

    private UserError error(String message) {
      return new UserError(where + ": " + message);
    }

    JobDefinition validate(Spec s) {
      String name = required(s.name(), "name");
      if (!name.matches("[A-Za-z0-9._-]+")) {
        throw error("name '" + name + "' may hold only letters, digits, '.', '_' and '-'");
      }
      InputsSpec in = s.inputs() == null ? new InputsSpec(null, null, null, null, null) : s.inputs();
      String format = in.format() == null ? "canonical" : in.format().trim().toLowerCase(Locale.ROOT);
      if (!List.of("canonical", "greenhouse", "lever", "ashby").contains(format)) {
        throw error("inputs.format '" + in.format() + "' is not one of canonical, greenhouse, lever, ashby");
      }
      Inputs inputs = new Inputs(format, in.path(), in.scorecards(), in.stages(), in.outcomes());
      Rubric rubric = rubric(s.rubric());
      List<StageDef> stages = stages(s.stages());
      Period period;
      try {
        period = s.period() == null ? Period.ALL : Period.parse(s.period());
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
      PeriodUnit unit;
      String pu = s.periodUnit() == null ? "quarter" : s.periodUnit().trim().toLowerCase(Locale.ROOT);
      switch (pu) {
        case "quarter" -> unit = PeriodUnit.QUARTER;
        case "month" -> unit = PeriodUnit.MONTH;
        default -> throw error("period_unit '" + s.periodUnit() + "' is not quarter or month");
      }
      if (s.plannedRounds() != null && s.plannedRounds() < 1) {
        throw error("planned_rounds must be at least 1");
      }
      List<String> jobIds = s.jobIds() == null ? List.of()
          : s.jobIds().stream().map(j -> j.trim()).toList();
      Thresholds t = thresholds(s.thresholds());
      int b = s.bootstrapReplicates() == null ? 1000 : s.bootstrapReplicates();
      if (b < 0 || b > 100_000) {
        throw error("bootstrap_replicates must be between 0 and 100000");
      }
      int folds = s.cvFolds() == null ? 5 : s.cvFolds();
      if (folds < 2 || folds > 50) {
        throw error("cv_folds must be between 2 and 50");
      }
      String weightsFrom = s.weightsFrom();
      if (weightsFrom != null && !List.of("performance", "retained_12m", "hired").contains(weightsFrom)) {
        throw error("weights_from '" + weightsFrom + "' is not performance, retained_12m or hired");
      }
      return new JobDefinition(name, where, inputs, rubric, stages, s.plannedRounds(), period, unit,
          s.outcomesAsOf(), performanceScale(s.performanceScale()), jobIds, t,
          b, folds, Boolean.TRUE.equals(s.businessDays()), weightsFrom,
          s.seed() == null ? 1L : s.seed(), s.output() == null ? "reports" : s.output());
    }

    private Scale performanceScale(ScaleSpec ps) {
      if (ps == null) {
        return new Scale(1, 5, 0.1);
      }
      if (ps.min() == null || ps.max() == null || ps.max() <= ps.min()) {
        throw error("performance_scale needs min and max with max above min");
      }
      return new Scale(ps.min(), ps.max(), ps.step() == null ? 0.1 : ps.step());
    }

    private String required(String value, String key) {
      if (value == null || value.isBlank()) {
        throw error("missing required key '" + key + "'");
      }
      return value.trim();
    }

    private Rubric rubric(RubricSpec r) {
      if (r == null) {
        throw error("missing required key 'rubric'");
      }
      ScaleSpec ss = r.scale();
      if (ss == null || ss.min() == null || ss.max() == null) {
        throw error("rubric.scale needs min and max");
      }
      if (ss.max() <= ss.min()) {
        throw error("rubric.scale max must be above min");
      }
      Scale scale = new Scale(ss.min(), ss.max(), ss.step() == null ? 1 : ss.step());
      if (ss.step() != null && ss.step() <= 0) {
        throw error("rubric.scale step must be positive");
      }
      Map<String, Double> words = new LinkedHashMap<>();
      if (r.ratingWords() != null) {
        for (Map.Entry<String, Double> e : r.ratingWords().entrySet()) {
          if (e.getValue() == null || !scale.contains(e.getValue())) {
            throw error("rubric.rating_words." + e.getKey() + " = " + e.getValue() + " is not on the rating scale");
          }
          words.put(e.getKey().trim().toLowerCase(Locale.ROOT), e.getValue());
        }
      }
      if (r.competencies() == null || r.competencies().isEmpty()) {
        throw error("rubric.competencies must list at least one competency");
      }
      List<Competency> comps = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < r.competencies().size(); i++) {
        CompetencySpec c = r.competencies().get(i);
        if (c == null || c.id() == null || c.id().isBlank()) {
          throw error("rubric.competencies[" + i + "] needs an id");
        }
        String id = c.id().trim().toLowerCase(Locale.ROOT);
        if (!seen.add(id)) {
          throw error("rubric.competencies lists '" + id + "' twice");
        }
        if (c.weight() == null || c.weight() < 0) {
          throw error("rubric.competencies '" + id + "' needs a weight of 0 or more");
        }
        comps.add(new Competency(id, c.label() == null ? id : c.label().trim(), c.weight()));
      }
      double sum = comps.stream().mapToDouble(Competency::weight).sum();
      if (Math.abs(sum - 1) > 1e-6 && Math.abs(sum - 100) > 1e-6) {
        throw error(String.format(Locale.ROOT,
            "rubric weights sum to %s; they must sum to 1 or 100", trim(sum)));
      }
      return new Rubric(r.name() == null ? "rubric" : r.name().trim(), scale, words, comps, tiers(r.tiers()));
    }

    private List<Tier> tiers(List<TierSpec> specs) {
      if (specs == null || specs.isEmpty()) {
        return List.of(new Tier("All", 0, ""));
      }
      List<TierSpec> sorted = new ArrayList<>(specs);
      for (int i = 0; i < sorted.size(); i++) {
        TierSpec t = sorted.get(i);
        if (t == null || t.name() == null || t.min() == null) {
          throw error("rubric.tiers[" + i + "] needs a name and a min");
        }
        if (t.min() < 0 || t.min() > 100 || (t.max() != null && (t.max() < t.min() || t.max() > 100))) {
          throw error("rubric.tiers '" + t.name() + "' must lie within 0–100 with min ≤ max");
        }
      }
      sorted.sort((a, b) -> Double.compare(b.min(), a.min()));
      List<Tier> tiers = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        TierSpec t = sorted.get(i);
        if (i > 0) {
          TierSpec above = sorted.get(i - 1);
          if (above.min().equals(t.min())) {
            throw error("rubric.tiers '" + above.name() + "' and '" + t.name() + "' overlap (both start at " + trim(t.min()) + ")");
          }
          if (t.max() != null && t.max() >= above.min()) {
            throw error("rubric.tiers '" + t.name() + "' (" + trim(t.min()) + "–" + trim(t.max())
                + ") overlaps '" + above.name() + "' (from " + trim(above.min()) + ")");
          }
          if (t.max() != null && t.max() < above.min() - 1) {
            throw error("rubric.tiers leave a gap between '" + t.name() + "' (to " + trim(t.max())
                + ") and '" + above.name() + "' (from " + trim(above.min()) + ")");
          }
        }
        tiers.add(new Tier(t.name().trim(), t.min(), t.signal() == null ? "" : t.signal().trim()));
      }
      if (sorted.get(sorted.size() - 1).min() > 0) {
        throw error("rubric.tiers leave composites below " + trim(sorted.get(sorted.size() - 1).min())
            + " without a tier (give the lowest tier min: 0)");
      }
      return List.copyOf(tiers);
    }

    private List<StageDef> stages(List<StageSpec> specs) {
      if (specs == null) {
        return List.of();
      }
      List<StageDef> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < specs.size(); i++) {
        StageSpec st = specs.get(i);
        if (st == null || st.id() == null || st.id().isBlank()) {
          throw error("stages[" + i + "] needs an id");
        }
        String id = st.id().trim().toLowerCase(Locale.ROOT);
        if (!seen.add(id)) {
          throw error("stages lists '" + id + "' twice");
        }
        if (st.plannedMinutes() != null && st.plannedMinutes() <= 0) {
          throw error("stages '" + id + "' planned_minutes must be positive");
        }
        if (st.slaDays() != null && st.slaDays() <= 0) {
          throw error("stages '" + id + "' sla_days must be positive");
        }
        out.add(new StageDef(id, st.label() == null ? id : st.label().trim(), st.plannedMinutes(), st.slaDays()));
      }
      return List.copyOf(out);
    }

    private Thresholds thresholds(ThresholdsSpec t) {
      Thresholds d = Thresholds.defaults();
      if (t == null) {
        return d;
      }
      Thresholds out = new Thresholds(
          t.minN() == null ? d.minN() : t.minN(),
          t.minScorecards() == null ? d.minScorecards() : t.minScorecards(),
          t.reliabilityTarget() == null ? d.reliabilityTarget() : t.reliabilityTarget(),
          t.pairMinShared() == null ? d.pairMinShared() : t.pairMinShared(),
          t.severityPoints() == null ? d.severityPoints() : t.severityPoints(),
          t.feedbackHours() == null ? d.feedbackHours() : t.feedbackHours());
      if (out.minN() < 2 || out.minScorecards() < 1 || out.pairMinShared() < 2) {
        throw error("thresholds: min_n and pair_min_shared must be at least 2, min_scorecards at least 1");
      }
      if (out.reliabilityTarget() <= 0 || out.reliabilityTarget() >= 1) {
        throw error("thresholds.reliability_target must lie between 0 and 1");
      }
      if (out.severityPoints() < 0 || out.feedbackHours() <= 0) {
        throw error("thresholds: severity_points must be ≥ 0 and feedback_hours > 0");
      }
      return out;
    }

    private static String trim(double v) {
      return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
  }
}
