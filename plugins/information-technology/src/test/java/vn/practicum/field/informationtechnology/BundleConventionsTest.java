package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;

/** The field's bundle keeps the project's conventions (STYLE.md, CONTRACT.md): ids, diagram, history, forms. */
class BundleConventionsTest {

    static final String FOLDER = "classpath*:" + InformationTechnologyField.RESOURCE_FOLDER + "/";
    /** What a modeller generates: {@code Activity_0x1y2z3}, {@code Flow_1abc2de}. */
    static final String GENERATED_ID = "[A-Za-z]+_[0-9][0-9a-z]{6}";
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Resource> bpmnFiles() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(FOLDER + "*.bpmn"));
    }

    static Stream<Resource> formFiles() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(FOLDER + "*.form"));
    }

    @Test
    void theBundleHoldsOneFragmentPerCustomisedStage() throws IOException {
        assertThat(bpmnFiles().map(Resource::getFilename)).containsExactlyInAnyOrderElementsOf(
                new InformationTechnologyField().customisedStages().stream()
                        .map(stage -> "information-technology-" + stage.processSuffix() + ".bpmn").toList());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processIsNamedLikeItsFile_executable_withHistoryTimeToLiveAndVersionTag(Resource file) throws IOException {
        Process process = single(read(file).getModelElementsByType(Process.class));

        assertThat(process.getId() + ".bpmn").isEqualTo(file.getFilename());
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(process.getCamundaVersionTag()).isEqualTo("1.0.0");
        assertThat(process.getName()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void idsAreNames_andEveryStepHasAVietnameseName(Resource file) throws IOException {
        BpmnModelInstance model = read(file);

        assertThat(model.getModelElementsByType(BaseElement.class)).extracting(BaseElement::getId)
                .filteredOn(java.util.Objects::nonNull)
                .allSatisfy(id -> assertThat(id).doesNotMatch(GENERATED_ID));
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(node.getId()).matches("(StartEvent|EndEvent|Task|ServiceTask|Gateway|BoundaryEvent)_[A-Z][A-Za-z]+");
            assertThat(node.getName()).as("name of %s", node.getId()).matches(".*[^\\x00-\\x7F].*");
        });
        assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(SequenceFlow::getId)
                .allSatisfy(id -> assertThat(id).matches("(SequenceFlow_[A-Z][A-Za-z]+To[A-Z][A-Za-z]+|Flow_[A-Z][A-Za-z]+)"));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyStepAndFlowIsDrawn(Resource file) throws IOException {
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
    void userTasks_useAFormOfTheBundle_andHaveTheirParty(Resource file) throws IOException {
        Set<String> formIds = formIds();

        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isIn(formIds);
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            if (task.getCamundaAssignee() != null && task.getCamundaAssignee().equals("${studentId}")) {
                assertThat(task.getCamundaCandidateGroups()).isNull();
            } else if (task.getCamundaAssignee() != null) {
                assertThat(task.getCamundaAssignee()).isEqualTo("${mentorId}");
                assertThat(task.getCamundaCandidateGroups()).isEqualTo("business:${hostCode}:mentors");
            } else {
                assertThat(task.getCamundaCandidateGroups()).isEqualTo("business:${hostCode}:hr");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void serviceTasks_callOurDelegates_throughTheirElementTemplate(Resource file) throws IOException {
        Map<String, String> templateOfDelegate = Map.of(
                "${" + TrainingCertificateCheckDelegate.BEAN_NAME + "}", "vn.practicum.information-technology.verify-training-certificates",
                "${" + SecurityDossierCheckDelegate.BEAN_NAME + "}", "vn.practicum.information-technology.check-security-dossier");

        for (ServiceTask task : read(file).getModelElementsByType(ServiceTask.class)) {
            assertThat(templateOfDelegate).containsKey(task.getCamundaDelegateExpression());
            assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
                    .isEqualTo(templateOfDelegate.get(task.getCamundaDelegateExpression()));
        }
    }

    @Test
    void everyFormIsUsedByAUserTask() throws IOException {
        Set<String> used = new HashSet<>();
        for (Resource file : bpmnFiles().toList()) {
            read(file).getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(formIds());
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formsAreCamunda7FormsNamedLikeTheirFile(Resource file) throws IOException {
        JsonNode form = readJson(file);

        assertThat(form.path("id").asText() + ".form").isEqualTo(file.getFilename());
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("type").asText()).isEqualTo("default");
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formFields_haveVietnameseLabels_englishDescriptions_validation_andKnownVariables(Resource file) throws IOException {
        Set<String> variables = variableNames();
        List<JsonNode> fields = new ArrayList<>();
        readJson(file).path("components").forEach(component -> {
            if (component.has("key")) {
                fields.add(component);
            }
        });
        Set<String> componentIds = new HashSet<>();
        readJson(file).path("components").forEach(component -> componentIds.add(component.path("id").asText()));

        assertThat(componentIds).doesNotContain("").hasSize(readJson(file).path("components").size());
        assertThat(fields).isNotEmpty().allSatisfy(field -> {
            String key = field.path("key").asText();
            String label = "datetime".equals(field.path("type").asText()) ? field.path("dateLabel").asText() : field.path("label").asText();
            assertThat(key).as("form variable").isIn(variables);
            assertThat(label).as("label of %s", key).isNotBlank();
            assertThat(field.path("description").asText()).as("description of %s", key).isNotBlank().matches("[\\x00-\\x7F–]*");
            if (!field.path("readonly").asBoolean(false)) {
                assertThat(field.has("validate")).as("validation of %s", key).isTrue();
            }
            switch (field.path("type").asText()) {
                case "datetime" -> {
                    assertThat(field.path("subtype").asText()).isEqualTo("date");
                    assertThat(field.path("validate").path("required").asBoolean()).isTrue();
                }
                case "number" -> assertThat(field.path("validate").has("min") && field.path("validate").has("max"))
                        .as("min and max of %s", key).isTrue();
                default -> { }
            }
        });
    }

    /** Every variable name of the lifecycle and of this field, from their constants classes. */
    static Set<String> variableNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> constants : List.of(PracticumVariables.class, InformationTechnologyVariables.class)) {
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

    static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource file : formFiles().toList()) {
            ids.add(readJson(file).path("id").asText());
        }
        return ids;
    }

    private static <T> T single(java.util.Collection<T> elements) {
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
