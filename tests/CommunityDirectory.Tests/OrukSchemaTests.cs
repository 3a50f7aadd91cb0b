using System.Text.Json.Nodes;
using NJsonSchema;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>Real responses of every ORUK endpoint, checked against the HSDS-UK 3.0 schemas in ../shared/specs.</summary>
public sealed class OrukSchemaTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_ORUK_endpoint_answers_valid_against_its_schema()
    {
        var (organisationId, activityId) = await ListRichActivityAsync();
        using var oruk = app.CreateClient();

        await AssertValidAsync(oruk, "/", "api_details.json");

        var services = await AssertValidAsync(oruk, "/services?per_page=5", "service_list.json");
        AssertPage(services);
        await AssertValidAsync(oruk, $"/services?search=walk&postcode=WV1%201AA&proximity=20000&organization_id={organisationId}", "service_list.json");
        await AssertValidAsync(oruk, $"/services/{activityId}", "service.json");

        var links = await AssertValidAsync(oruk, "/service_at_locations?per_page=5&postcode=WV1&proximity=50000", "service_at_location_list.json");
        AssertPage(links);
        var linkId = links["contents"]![0]!["id"]!.GetValue<string>();
        await AssertValidAsync(oruk, $"/service_at_locations/{linkId}", "service_at_location.json");

        var taxonomies = await AssertValidAsync(oruk, "/taxonomies", "taxonomy_list.json");
        AssertPage(taxonomies);
        await AssertValidAsync(oruk, $"/taxonomies/{taxonomies["contents"]![0]!["id"]}", "taxonomy.json");
        var terms = await AssertValidAsync(oruk, "/taxonomy_terms?per_page=100", "taxonomy_term_list.json");
        AssertPage(terms);
        await AssertValidAsync(oruk, $"/taxonomy_terms/{terms["contents"]![0]!["id"]}", "taxonomy_term.json");

        // organization_list.json describes one item of the list, so each item is checked against it.
        var organisations = await GetAsync(oruk, "/organizations?per_page=100");
        AssertPage(organisations);
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.OrukSchema("organization_list.json"), Ct);
        Assert.All(organisations["contents"]!.AsArray(), o => Assert.Empty(schema.Validate(o!.ToJsonString())));
        await AssertValidAsync(oruk, $"/organizations/{organisationId}", "organization.json");
    }

    [Fact]
    public async Task Services_filter_by_taxonomy_term_including_its_child_terms()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync(), a => a["activityTypes"] = new JsonArray("chair-exercise"));
        using var oruk = app.CreateClient();
        var chairExercise = await GetAsync(oruk, "/taxonomy_terms/chair-exercise");
        Assert.True(chairExercise["parent_id"] is not null, "The seed taxonomy puts chair exercise under sport and exercise.");

        var page = await GetAsync(oruk, $"/services?taxonomy_term_id={chairExercise["parent_id"]}&organization_id={group.OrganisationId}");

        Assert.Contains(page["contents"]!.AsArray(), s => s!["id"]!.GetValue<Guid>() == activityId);
    }

    private async Task<(Guid OrganisationId, Guid ActivityId)> ListRichActivityAsync()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync("WV1 4HT"), a =>
        {
            a["url"] = "https://walks.example.org/tuesday";
            a["areaServed"] = "Wolverhampton";
            a["languages"] = new JsonArray("en", "pa");
            a["costOptions"] = new JsonArray(new JsonObject { ["option"] = "Per session", ["amount"] = 2.5, ["currency"] = "GBP" });
            a["schedules"]!.AsArray().Add(new JsonObject { ["frequency"] = "monthly", ["byDay"] = new JsonArray("1SA"), ["opensAt"] = "11:00", ["closesAt"] = "14:00" });
            a["schedules"]!.AsArray().Add(new JsonObject { ["frequency"] = "once", ["date"] = "2027-05-16", ["opensAt"] = "10:00", ["closesAt"] = "15:00" });
        });
        return (group.OrganisationId, activityId);
    }

    private static async Task<JsonNode> AssertValidAsync(HttpClient client, string path, string schemaFile)
    {
        var body = await GetAsync(client, path);
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.OrukSchema(schemaFile), Ct);
        var errors = schema.Validate(body.ToJsonString());
        Assert.True(errors.Count == 0, $"{path} is not valid against {schemaFile}:\n{Describe(errors)}");
        return body;
    }

    private static string Describe(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        string.Join("\n", errors.SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind}"));

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)
            : [error];

    private static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await VcseClient.ReadAsync(response);
    }

    /// <summary>The envelope ORUK lists share (open_api.json's Page).</summary>
    private static void AssertPage(JsonNode page)
    {
        foreach (var field in new[] { "total_items", "total_pages", "page_number", "size" })
        {
            Assert.True(page[field]?.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"{field} should be a number");
        }
        foreach (var field in new[] { "first_page", "last_page", "empty" })
        {
            Assert.True(page[field]?.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False, $"{field} should be a boolean");
        }
        Assert.Equal(page["size"]!.GetValue<int>(), page["contents"]!.AsArray().Count);
    }
}
