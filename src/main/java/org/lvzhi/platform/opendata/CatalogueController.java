package org.lvzhi.platform.opendata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalogue of the open data, in the W3C's Data Catalog Vocabulary (DCAT) as JSON-LD: every
 * dataset the modules contribute, with its title and description in Chinese and English, its
 * publisher and licence, and its JSON and CSV distributions.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Catalogue", description = "The catalogue of the open data (DCAT, JSON-LD)")
class CatalogueController {

	static final String JSON_LD = "application/ld+json";

	private final List<Dataset> fixed;
	private final List<Datasets> providers;
	private final MessageSource messages;
	private final ApiSettings settings;
	private final String committee;
	private final Clock clock;

	CatalogueController(List<Dataset> fixed, List<Datasets> providers, MessageSource messages, ApiSettings settings,
			@Value("${lvzhi.committee-name}") String committee, Clock clock) {
		this.fixed = fixed;
		this.providers = providers;
		this.messages = messages;
		this.settings = settings;
		this.committee = committee;
		this.clock = clock;
	}

	/** Every dataset, the fixed ones and the providers', by id. */
	List<Dataset> all() {
		List<Dataset> all = new ArrayList<>(fixed);
		providers.forEach(p -> all.addAll(p.datasets()));
		all.sort(Comparator.comparing(Dataset::id));
		return all;
	}

	@GetMapping(path = "/api/v1/catalogue", produces = { JSON_LD, "application/json" })
	@Operation(summary = "The catalogue of every open dataset",
			description = "A dcat:Catalog in JSON-LD listing every dataset served under /api/v1 with its title and "
					+ "description (zh and en), keywords, publisher, licence and its distributions (JSON and CSV) with "
					+ "media type, access URL and download URL.")
	Catalog catalogue() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Agent publisher = new Agent("foaf:Organization", committee);
		Ref licence = new Ref(settings.licence());
		List<CatalogDataset> datasets = all().stream().map(d -> {
			List<Distribution> distributions = new ArrayList<>();
			distributions.add(new Distribution("dcat:Distribution", texts("opendata.distribution.json"),
					"application/json", new Ref(base + d.jsonPath()), new Ref(base + d.jsonPath()), licence));
			if (d.csvPath() != null) {
				distributions.add(new Distribution("dcat:Distribution", texts("opendata.distribution.csv"), "text/csv",
						new Ref(base + d.csvPath()), new Ref(base + d.csvPath()), licence));
			}
			return new CatalogDataset(base + "/api/v1/catalogue#" + d.id(), "dcat:Dataset", d.id(), texts(d.titleKey()),
					texts(d.descriptionKey()), d.keywords(), publisher, licence, d.temporal(), distributions);
		}).toList();
		return new Catalog(CONTEXT, base + "/api/v1/catalogue", "dcat:Catalog", texts("opendata.catalogue.title"),
				texts("opendata.catalogue.description"), publisher, licence, LocalDate.now(clock).toString(),
				new Ref(base + "/v3/api-docs"), datasets);
	}

	private List<Text> texts(String key) {
		return List.of(new Text(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE), "zh"),
				new Text(messages.getMessage(key, null, Locale.ENGLISH), "en"));
	}

	private static final Map<String, String> CONTEXT = contextOf();

	private static Map<String, String> contextOf() {
		Map<String, String> context = new LinkedHashMap<>();
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("foaf", "http://xmlns.com/foaf/0.1/");
		return context;
	}

	@Schema(name = "DcatCatalog")
	record Catalog(@JsonProperty("@context") Map<String, String> context, @JsonProperty("@id") String id,
			@JsonProperty("@type") String type, @JsonProperty("dct:title") List<Text> title,
			@JsonProperty("dct:description") List<Text> description, @JsonProperty("dct:publisher") Agent publisher,
			@JsonProperty("dct:license") Ref license, @JsonProperty("dct:modified") String modified,
			@JsonProperty("dct:conformsTo") Ref conformsTo, @JsonProperty("dcat:dataset") List<CatalogDataset> dataset) {
	}

	@Schema(name = "DcatDataset")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CatalogDataset(@JsonProperty("@id") String id, @JsonProperty("@type") String type,
			@JsonProperty("dct:identifier") String identifier, @JsonProperty("dct:title") List<Text> title,
			@JsonProperty("dct:description") List<Text> description, @JsonProperty("dcat:keyword") List<String> keyword,
			@JsonProperty("dct:publisher") Agent publisher, @JsonProperty("dct:license") Ref license,
			@Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "ISO 8601 interval, when known")
			@JsonProperty("dct:temporal") String temporal,
			@JsonProperty("dcat:distribution") List<Distribution> distribution) {
	}

	@Schema(name = "DcatDistribution")
	record Distribution(@JsonProperty("@type") String type, @JsonProperty("dct:title") List<Text> title,
			@JsonProperty("dcat:mediaType") String mediaType, @JsonProperty("dcat:accessURL") Ref accessUrl,
			@JsonProperty("dcat:downloadURL") Ref downloadUrl, @JsonProperty("dct:license") Ref license) {
	}

	@Schema(name = "JsonLdText")
	record Text(@JsonProperty("@value") String value, @JsonProperty("@language") String language) {
	}

	@Schema(name = "JsonLdRef")
	record Ref(@JsonProperty("@id") String id) {
	}

	@Schema(name = "FoafAgent")
	record Agent(@JsonProperty("@type") String type, @JsonProperty("foaf:name") String name) {
	}
}
