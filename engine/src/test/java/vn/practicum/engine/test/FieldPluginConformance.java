package vn.practicum.engine.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;

/**
 * What every field plugin must be (STYLE.md, DESIGN.md), checked the same way for all of them. A plugin
 * extends this class once:
 *
 * <pre>
 * class TourismConformanceTest extends FieldPluginConformance {
 *     TourismConformanceTest() {
 *         super(new TourismField(), TourismVariables.class, Map.of(
 *                 "${tourismGuideCardCheck}", "vn.practicum.tourism.verify-guide-card"));
 *     }
 * }
 * </pre>
 *
 * It checks the bundle (one fragment per customised stage, named like its file, executable, history
 * time-to-live, version tag, ids that are names, Vietnamese names, a complete diagram, the parties of
 * user tasks, a form of the bundle for every user task, every service task bound to its element
 * template), the forms (Camunda 7 forms, labelled, described in English, validated, known variables),
 * the element templates (valid against the official schema, delegate binding hidden), the rubric and
 * sample answers, and the plugin's code boundaries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FieldPluginConformance {

    static final String SCHEMA_VERSION = "0.22.1";
    static final String SCHEMA_BASE = "https://unpkg.com/@camunda/element-templates-json-schema@" + SCHEMA_VERSION + "/resources/";
    static final String SCHEMA_URL = SCHEMA_BASE + "schema.json";
    /** What a modeller generates: {@code Activity_0x1y2z3}, {@code Flow_1abc2de}. */
    static final String GENERATED_ID = "[A-Za-z]+_[0-9][0-9a-z]{6}";
    static final ObjectMapper JSON = new ObjectMapper();

    private final FieldPlugin plugin;
    private final Class<?> variablesClass;
    private final Map<String, String> templateOfDelegate;
    private final String folder;
    private final String pluginPackage;
    private final JsonSchema schema;

    /**
     * @param plugin             the field
     * @param variablesClass     the field's constants class of {@link ProcessVariable}s
     * @param templateOfDelegate each delegate expression its BPMN uses ({@code ${tourismGuideCardCheck}}) → the id of
     *                           the element template that binds it
     */
    protected FieldPluginConformance(FieldPlugin plugin, Class<?> variablesClass, Map<String, String> templateOfDelegate) {
        this.plugin = plugin;
        this.variablesClass = variablesClass;
        this.templateOfDelegate = Map.copyOf(templateOfDelegate);
        this.folder = "classpath*:practicum/fields/" + plugin.key() + "/";
        this.pluginPackage = plugin.getClass().getPackageName();
        // the URL the templates pin in $schema, served from the copy in the engine's test resources: offline
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:element-templates-schema/")));
        this.schema = factory.getSchema(SchemaLocation.of(SCHEMA_URL));
    }

    // ---------------------------------------------------------------- the plugin

    @Test
    void the_plugin_names_its_field_in_vietnamese_and_english_and_its_bundle_after_its_key() {
        assertThat(plugin.key()).matches("[a-z][a-z-]*[a-z]");
        assertThat(plugin.name().vi()).isNotBlank().isNotEqualTo(plugin.name().en());
        assertThat(plugin.bundle().deploymentName()).isEqualTo("practicum-field-" + plugin.key());
        assertThat(plugin.requiredDocuments()).isNotEmpty().allSatisfy(document -> {
            assertThat(document.type()).matches("[a-z][a-z0-9-]*");
            assertThat(document.basis()).isNotBlank();
        });
        assertThat(plugin.competencies()).isNotEmpty();
        assertThat(plugin.customisedStages()).containsExactlyInAnyOrder(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);
    }

    @Test
    void the_rubric_adds_up_to_one_and_its_scores_are_the_assessment_forms_fields() throws IOException {
        Rubric rubric = plugin.rubric();
        assertThat(rubric.criteria().stream().map(Rubric.Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
        Set<String> formKeys = new HashSet<>();
        for (Resource form : formFiles().toList()) {
            readJson(form).path("components").forEach(component -> formKeys.add(component.path("key").asText()));
        }
        assertThat(formKeys).containsAll(rubric.criteria().stream().map(Rubric.Criterion::variableName).toList());
    }

    @Test
    void sample_answers_score_every_criterion_of_the_rubric() {
        Map<String, Object> evaluation = plugin.sampleAnswers().answer("Task_FinalEvaluation", "conformance-001");
        assertThat(evaluation).as("sample answers to Task_FinalEvaluation").isNotNull();
        plugin.rubric().criteria().forEach(criterion -> assertThat(evaluation.get(criterion.variableName()))
                .as(criterion.variableName()).isInstanceOf(Number.class));
    }

    @Test
    void the_plugin_uses_only_the_engine_api_camundas_delegate_api_and_spring_boot_configuration() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pluginPackage);
        assertThat(classes).isNotEmpty();
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", pluginPackage + "..",
                        "vn.practicum.engine.spi..", "vn.practicum.engine.lifecycle..", "vn.practicum.engine.rules..",
                        "org.camunda.bpm.engine.delegate..",
                        "org.springframework.boot.autoconfigure..", "org.springframework.context.annotation..")
                .check(classes);
        classes().that().resideInAPackage(pluginPackage + ".internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage(pluginPackage + "..")
                .allowEmptyShould(true)
                .check(classes);
    }

    // ---------------------------------------------------------------- BPMN

    protected Stream<Resource> bpmnFiles() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(folder + "*.bpmn"));
    }

    protected Stream<Resource> formFiles() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(folder + "*.form"));
    }

    protected Stream<Resource> templates() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:element-templates/" + plugin.key() + "-*.json"));
    }

    @Test
    void the_bundle_holds_one_fragment_per_customised_stage() throws IOException {
        assertThat(bpmnFiles().map(Resource::getFilename)).containsExactlyInAnyOrderElementsOf(
                plugin.customisedStages().stream().map(stage -> plugin.key() + "-" + stage.processSuffix() + ".bpmn").toList());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void each_process_is_named_like_its_file_executable_with_history_time_to_live_and_version_tag(Resource file) throws IOException {
        Process process = single(read(file).getModelElementsByType(Process.class));

        assertThat(process.getId() + ".bpmn").isEqualTo(file.getFilename());
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(process.getCamundaVersionTag()).isNotBlank();
        assertThat(process.getName()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void ids_are_names_and_every_step_has_a_vietnamese_name(Resource file) throws IOException {
        BpmnModelInstance model = read(file);

        assertThat(model.getModelElementsByType(BaseElement.class)).extracting(BaseElement::getId)
                .filteredOn(Objects::nonNull)
                .allSatisfy(id -> assertThat(id).doesNotMatch(GENERATED_ID));
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(node.getId()).matches("(StartEvent|EndEvent|Task|ServiceTask|Gateway|BoundaryEvent|TimerEvent)_[A-Z][A-Za-z]+");
            assertThat(node.getName()).as("name of %s", node.getId()).matches(".*[^\\x00-\\x7F].*");
        });
        assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(SequenceFlow::getId)
                .allSatisfy(id -> assertThat(id).matches("(SequenceFlow_[A-Z][A-Za-z]+To[A-Z][A-Za-z]+|Flow_[A-Z][A-Za-z]+)"));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_step_and_flow_is_drawn(Resource file) throws IOException {
        BpmnModelInstance model = read(file);
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Map<String, Integer> waypoints = new HashMap<>();
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(edge -> waypoints.put(edge.getBpmnElement().getId(), edge.getWaypoints().size()));

        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(shapes).as("shapes").contains(id));
        assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(SequenceFlow::getId)
                .allSatisfy(id -> assertThat(waypoints.get(id)).as("waypoints of %s", id).isGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void user_tasks_use_a_form_of_the_bundle_and_belong_to_their_party(Resource file) throws IOException {
        Set<String> formIds = formIds();
        Set<String> groupsWithoutAssignee = Set.of("business:${hostCode}:hr", "business:${hostCode}:mentors",
                "school:${schoolCode}:coordinators", "school:${schoolCode}:supervisors");

        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isIn(formIds);
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            String assignee = task.getCamundaAssignee();
            String groups = task.getCamundaCandidateGroups();
            if ("${studentId}".equals(assignee)) {
                assertThat(groups).as("groups of the student's task %s", task.getId()).isNull();
            } else if ("${mentorId}".equals(assignee)) {
                assertThat(groups).isEqualTo("business:${hostCode}:mentors");
            } else if ("${supervisorId}".equals(assignee)) {
                assertThat(groups).isEqualTo("school:${schoolCode}:supervisors");
            } else {
                assertThat(assignee).as("assignee of %s", task.getId()).isNull();
                assertThat(groups).as("candidate groups of %s", task.getId()).isIn(groupsWithoutAssignee);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void service_tasks_call_the_plugins_delegates_through_their_element_template(Resource file) throws IOException {
        for (ServiceTask task : read(file).getModelElementsByType(ServiceTask.class)) {
            assertThat(templateOfDelegate).as("delegates of the plugin").containsKey(task.getCamundaDelegateExpression());
            assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
                    .isEqualTo(templateOfDelegate.get(task.getCamundaDelegateExpression()));
        }
    }

    // ---------------------------------------------------------------- forms

    @Test
    void every_form_is_used_by_a_user_task() throws IOException {
        Set<String> used = new HashSet<>();
        for (Resource file : bpmnFiles().toList()) {
            read(file).getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(formIds());
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void forms_are_camunda_7_forms_named_like_their_file(Resource file) throws IOException {
        JsonNode form = readJson(file);

        assertThat(form.path("id").asText() + ".form").isEqualTo(file.getFilename());
        assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).startsWith("7.");
        assertThat(form.path("type").asText()).isEqualTo("default");
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void form_fields_have_vietnamese_labels_english_descriptions_validation_and_known_variables(Resource file) throws IOException {
        Set<String> variables = variableNames();
        JsonNode components = readJson(file).path("components");
        List<JsonNode> fields = new ArrayList<>();
        Set<String> componentIds = new HashSet<>();
        components.forEach(component -> {
            componentIds.add(component.path("id").asText());
            if (component.has("key")) {
                fields.add(component);
            }
        });

        assertThat(componentIds).doesNotContain("").hasSize(components.size());
        assertThat(fields).isNotEmpty().allSatisfy(field -> {
            String key = field.path("key").asText();
            String label = "datetime".equals(field.path("type").asText()) ? field.path("dateLabel").asText() : field.path("label").asText();
            assertThat(key).as("form variable").isIn(variables);
            assertThat(label).as("label of %s", key).isNotBlank();
            assertThat(field.path("description").asText()).as("English description of %s", key).isNotBlank()
                    .matches("[\\x00-\\x7F–’]*");
            if (!field.path("readonly").asBoolean(false)) {
                assertThat(field.has("validate")).as("validation of %s", key).isTrue();
            }
            switch (field.path("type").asText()) {
                case "datetime" -> {
                    assertThat(field.path("subtype").asText()).isEqualTo("date");
                    if (!field.path("readonly").asBoolean(false)) {
                        assertThat(field.path("validate").path("required").asBoolean()).isTrue();
                    }
                }
                case "number" -> {
                    if (!field.path("readonly").asBoolean(false)) {
                        assertThat(field.path("validate").has("min") && field.path("validate").has("max"))
                                .as("min and max of %s", key).isTrue();
                    }
                }
                default -> { }
            }
        });
    }

    // ---------------------------------------------------------------- element templates

    @Test
    void every_delegate_has_its_element_template() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource template : templates().toList()) {
            ids.add(readJson(template).path("id").asText());
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(new HashSet<>(templateOfDelegate.values()));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void element_templates_are_valid_against_the_official_schema(Resource template) throws IOException {
        JsonNode json = readJson(template);

        Set<ValidationMessage> messages = schema.validate(json);

        assertThat(messages).as("schema violations of %s", template.getFilename()).isEmpty();
        assertThat(json.path("$schema").asText()).isEqualTo(SCHEMA_URL);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void element_templates_are_versioned_bind_the_delegate_hidden_and_constrain_their_inputs(Resource template) throws IOException {
        JsonNode json = readJson(template);
        String id = json.path("id").asText();
        Map<String, String> delegateOfTemplate = templateOfDelegate.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

        assertThat(id).matches("vn\\.practicum\\." + plugin.key().replace("-", "\\-") + "\\.[a-z-]+");
        assertThat(template.getFilename()).isEqualTo(plugin.key() + "-" + id.substring(id.lastIndexOf('.') + 1) + ".json");
        assertThat(json.path("version").isInt()).isTrue();
        assertThat(json.path("name").asText()).startsWith(plugin.name().vi() + ": ").contains(" / ");
        assertThat(json.path("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:ServiceTask");
        List<JsonNode> properties = new ArrayList<>();
        json.path("properties").forEach(properties::add);
        assertThat(properties).filteredOn(p -> "camunda:delegateExpression".equals(p.path("binding").path("name").asText()))
                .singleElement().satisfies(delegate -> {
                    assertThat(delegate.path("type").asText()).isEqualTo("Hidden");
                    assertThat(delegate.path("value").asText()).isEqualTo(delegateOfTemplate.get(id));
                });
        assertThat(properties).filteredOn(p -> "camunda:inputParameter".equals(p.path("binding").path("type").asText()))
                .allSatisfy(input -> assertThat(input.path("constraints").path("notEmpty").asBoolean()).isTrue());
    }

    @Test
    void the_schema_check_really_refuses_a_broken_template() throws IOException {
        ObjectNode broken = (ObjectNode) readJson(templates().findFirst().orElseThrow());
        broken.remove("appliesTo");

        assertThat(schema.validate(broken)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("required property 'appliesTo' not found"));
    }

    // ---------------------------------------------------------------- helpers

    /** Every variable name of the lifecycle and of this field, from their constants classes. */
    Set<String> variableNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> constants : List.of(PracticumVariables.class, variablesClass)) {
            for (Field field : constants.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                    try {
                        names.add(((ProcessVariable<?>) field.get(null)).name());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return names;
    }

    Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource file : formFiles().toList()) {
            ids.add(readJson(file).path("id").asText());
        }
        return ids;
    }

    private static <T> T single(Collection<T> elements) {
        assertThat(elements).hasSize(1);
        return elements.iterator().next();
    }

    private static BpmnModelInstance read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static JsonNode readJson(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
