package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.practicum.engine.lifecycle.ProcessKeys;

/**
 * The hygiene of everything in {@code practicum/core}, deployed as the application deploys it: history
 * time-to-live and version tags, ids that are names, a diagram that shows every element without overlaps, a
 * Camunda Form for every user task, forms the Tasklist can render.
 */
class CoreResourcesTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    /** Ids as the Modeler generates them (Activity_0x1y2z3, Flow_1abcdef, StartEvent_1, ...). */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "(Activity|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow|Task|UserTask|ServiceTask|Process|Definitions"
                    + "|Decision|DecisionRule|InputClause|OutputClause|UnaryTests|LiteralExpression|Form|Field|Group)"
                    + "_([0-9a-z]{7}|[0-9]+)(_di)?");
    private static final Set<String> EXPECTED_PROCESSES = Set.of(
            ProcessKeys.PRACTICUM, ProcessKeys.ENROLMENT, ProcessKeys.PLACEMENT, ProcessKeys.MENTORING,
            ProcessKeys.ASSESSMENT, CoreProcesses.GENERIC_PLACEMENT, CoreProcesses.GENERIC_MENTORING,
            CoreProcesses.GENERIC_ASSESSMENT);
    private static final Set<String> EXPECTED_DECISIONS =
            Set.of(ProcessKeys.ELIGIBILITY_DECISION, ProcessKeys.FINAL_GRADE_DECISION);
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "radio", "checkbox",
            "datetime", "select", "checklist", "taglist");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, byte[]> bpmn = new TreeMap<>();
    private final Map<String, byte[]> dmn = new TreeMap<>();
    private final Map<String, JsonNode> formsById = new TreeMap<>();

    @BeforeEach
    void readFolder() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath*:" + CoreProcesses.RESOURCE_FOLDER + "/*");
        for (Resource resource : resources) {
            String name = resource.getFilename();
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            if (name.endsWith(".bpmn")) {
                bpmn.put(name, content);
            } else if (name.endsWith(".dmn")) {
                dmn.put(name, content);
            } else if (name.endsWith(".form")) {
                JsonNode form = json.readTree(content);
                assertThat(form.path("id").asText()).as("id of %s", name).isEqualTo(name.replace(".form", ""));
                assertThat(formsById.put(form.path("id").asText(), form)).as("form id %s used twice", name).isNull();
            }
        }
    }

    @Test
    void theBundleHoldsTheContractsProcessesAndDecisions() {
        assertThat(bpmn.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED_PROCESSES.stream().map(key -> key + ".bpmn").toList());
        assertThat(dmn.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED_DECISIONS.stream().map(key -> key + ".dmn").toList());
    }

    @Test
    void everyDeployedProcessAndDecisionHasHistoryTimeToLiveAndVersionTag() {
        RepositoryService repository = engine.getRepositoryService();
        Deployment deployment = repository.createDeploymentQuery().deploymentName(CoreProcesses.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list();
        assertThat(processes).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(EXPECTED_PROCESSES);
        assertThat(processes).allSatisfy(process -> {
            assertThat(process.getHistoryTimeToLive()).as(process.getKey()).isEqualTo(1825);
            assertThat(process.getVersionTag()).as(process.getKey()).isEqualTo("1.0.0");
            assertThat(process.getName()).as(process.getKey()).isNotBlank();
        });
        List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list();
        assertThat(decisions).extracting(DecisionDefinition::getKey).containsExactlyInAnyOrderElementsOf(EXPECTED_DECISIONS);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.getHistoryTimeToLive()).as(decision.getKey()).isEqualTo(1825);
            assertThat(decision.getVersionTag()).as(decision.getKey()).isEqualTo("1.0.0");
        });
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .containsAll(formsById.keySet().stream().map(id -> id + ".form").toList());
    }

    @Test
    void eachFileIsNamedAfterItsProcessAndNoIdIsGenerated() {
        bpmn.forEach((file, content) -> {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            Collection<Process> processes = model.getModelElementsByType(Process.class);
            assertThat(processes).as(file).singleElement()
                    .satisfies(process -> {
                        assertThat(file).isEqualTo(process.getId() + ".bpmn");
                        assertThat(process.isExecutable()).isTrue();
                    });
            assertThat(idsOf(model.getDocument())).as(file).noneMatch(id -> GENERATED_ID.matcher(id).matches());
        });
        dmn.forEach((file, content) -> {
            DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
            assertThat(model.getModelElementsByType(Decision.class)).as(file).singleElement()
                    .satisfies(decision -> assertThat(file).isEqualTo(decision.getId() + ".dmn"));
            assertThat(idsOf(model.getDocument())).as(file).noneMatch(id -> GENERATED_ID.matcher(id).matches());
        });
        formsById.forEach((id, form) -> form.path("components").forEach(component ->
                assertThat(component.path("id").asText()).as("component of %s", id)
                        .isNotBlank().doesNotMatch(GENERATED_ID)));
    }

    @Test
    void everyUserTaskHasACamundaFormOfThisFolderAndEveryFormIsUsed() {
        Set<String> used = new HashSet<>();
        bpmn.forEach((file, content) -> {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("formRef of %s in %s", task.getId(), file).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isEqualTo("deployment");
                assertThat(task.getCamundaFormKey()).as("formKey of %s", task.getId()).isNull();
                assertThat(formsById).as("form of %s in %s", task.getId(), file).containsKey(task.getCamundaFormRef());
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                        .as("%s has an assignee or candidate groups", task.getId()).isTrue();
                used.add(task.getCamundaFormRef());
            }
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(formsById.keySet());
    }

    @Test
    void everyFormIsACamundaFormTheTasklistRenders() {
        formsById.forEach((id, form) -> {
            assertThat(form.path("schemaVersion").asInt()).as(id).isBetween(1, 16);
            assertThat(form.path("type").asText()).as(id).isEqualTo("default");
            assertThat(form.path("executionPlatform").asText()).as(id).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(id).isEqualTo("7.24.0");
            List<JsonNode> inputs = new ArrayList<>();
            Set<String> componentIds = new HashSet<>();
            form.path("components").forEach(component -> {
                assertThat(componentIds.add(component.path("id").asText())).as("unique component ids in %s", id).isTrue();
                if (INPUT_TYPES.contains(component.path("type").asText())) {
                    inputs.add(component);
                }
            });
            assertThat(inputs).as("inputs of %s", id).isNotEmpty();
            for (JsonNode input : inputs) {
                String key = input.path("key").asText();
                assertThat(key).as("key of an input of %s", id).matches("[a-zA-Z][a-zA-Z0-9_]*");
                String label = input.has("label") ? input.path("label").asText() : input.path("dateLabel").asText();
                assertThat(label).as("Vietnamese label of %s in %s", key, id).isNotBlank();
                assertThat(input.path("description").asText()).as("English description of %s in %s", key, id).isNotBlank();
                assertThat(input.path("readonly").asBoolean() || input.path("validate").size() > 0)
                        .as("%s in %s is validated or read-only", key, id).isTrue();
                if (input.path("type").asText().equals("datetime")) {
                    assertThat(input.path("subtype").asText()).as("date %s in %s", key, id).isEqualTo("date");
                }
            }
        });
    }

    @Test
    void booleanDecisionsAreRadiosWithBooleanValuesAndAlwaysRequired() {
        Set<String> decisions = Set.of("enrolmentApproved", "consentGiven", "placementPossible", "offerAccepted",
                "logbookAccepted", "fieldDocumentsVerified", "fieldMilestoneConfirmed");
        formsById.forEach((id, form) -> form.path("components").forEach(component -> {
            if (decisions.contains(component.path("key").asText())) {
                assertThat(component.path("type").asText()).as(id).isEqualTo("radio");
                assertThat(component.path("validate").path("required").asBoolean()).as(id).isTrue();
                List<JsonNode> values = new ArrayList<>();
                component.path("values").forEach(values::add);
                assertThat(values).as(id).extracting(value -> value.path("value").isBoolean()).containsOnly(true);
                assertThat(values).as(id).extracting(value -> value.path("value").asBoolean()).containsExactly(true, false);
            }
        }));
    }

    @Test
    void everyDiagramShowsEveryElementLeftToRightWithoutOverlaps() {
        bpmn.forEach((file, content) -> {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            Map<String, Bounds> shapes = new HashMap<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
            }
            Set<String> edges = new HashSet<>();
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                assertThat(edge.getWaypoints()).as("waypoints of %s in %s", edge.getId(), file).hasSizeGreaterThanOrEqualTo(2);
                edges.add(edge.getBpmnElement().getId());
            }
            List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
            for (FlowNode node : nodes) {
                assertThat(shapes).as("shape of %s in %s", node.getId(), file).containsKey(node.getId());
                if (!(node instanceof Gateway)) {
                    assertThat(node.getName()).as("name of %s in %s", node.getId(), file).isNotBlank();
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("edge of %s in %s", flow.getId(), file).contains(flow.getId());
                Bounds source = shapes.get(flow.getSource().getId());
                Bounds target = shapes.get(flow.getTarget().getId());
                boolean backwards = target.getX() < source.getX();
                boolean loopsBackToAMerge = backwards && flow.getTarget() instanceof Gateway;
                assertThat(!backwards || loopsBackToAMerge)
                        .as("%s in %s runs left to right, or back into a merge gateway", flow.getId(), file).isTrue();
            }
            // shapes that are not boundary events (which sit on their task's border) and not expanded sub-processes
            List<FlowNode> placed = nodes.stream()
                    .filter(node -> !(node instanceof BoundaryEvent) && !(node instanceof SubProcess)).toList();
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    Bounds a = shapes.get(placed.get(i).getId());
                    Bounds b = shapes.get(placed.get(j).getId());
                    assertThat(overlap(a, b)).as("%s overlaps %s in %s", placed.get(i).getId(), placed.get(j).getId(), file)
                            .isFalse();
                }
            }
            for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
                Bounds outer = shapes.get(subProcess.getId());
                for (FlowNode inner : subProcess.getChildElementsByType(FlowNode.class)) {
                    assertThat(inside(shapes.get(inner.getId()), outer)).as("%s inside %s", inner.getId(), subProcess.getId())
                            .isTrue();
                }
                for (FlowNode node : placed) {
                    if (node.getParentElement() != subProcess) {
                        assertThat(overlap(shapes.get(node.getId()), outer)).as("%s overlaps %s", node.getId(), subProcess.getId())
                                .isFalse();
                    }
                }
            }
        });
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    /** Every id attribute in the document. */
    private static List<String> idsOf(DomDocument document) {
        List<String> ids = new ArrayList<>();
        collectIds(document.getRootElement(), ids);
        return ids;
    }

    private static void collectIds(DomElement element, List<String> ids) {
        if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
        }
        element.getChildElements().forEach(child -> collectIds(child, ids));
    }
}
