using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests.Fhir;

/// <summary>A GP system posts referrals as FHIR R4 bundles (the hand-written examples in Fhir/Examples).</summary>
public sealed class GpReferralInTests(ReferralsApp app)
{
    [Fact]
    public async Task A_referral_bundle_joins_the_clients_team_caseload_with_the_senders_identifiers()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-fallings-park")));

        using var response = await gp.PostAsync(GpSystemClient.Example("referral-transaction"));
        var location = response.Headers.Location!.ToString();
        var serviceRequest = await GpSystemClient.ReadAsync(response, HttpStatusCode.Created);
        var referralId = Guid.Parse(location.Split('/')[^1]);
        Assert.Equal($"/fhir/ServiceRequest/{referralId}", location);
        Assert.Equal("REF-2026-0001", serviceRequest["identifier"]![0]!["value"]!.GetValue<string>());

        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        var view = await worker.GetReferralAsync(referralId);
        var referral = view["referral"]!;
        Assert.Equal("gp-practice", referral["source"]!.GetValue<string>());
        Assert.Equal("soon", referral["urgency"]!.GetValue<string>());
        Assert.Equal("871731000000106", referral["snomedCode"]!.GetValue<string>());
        Assert.Equal("Lonely since her husband died; rarely leaves the house.", referral["reason"]!.GetValue<string>());
        Assert.Equal(("Dr Ngozi Okafor", "Fallings Park Surgery", "M92042"),
            (referral["referrer"]!["name"]!.GetValue<string>(), referral["referrer"]!["organisation"]!.GetValue<string>(), referral["referrer"]!["organisationCode"]!.GetValue<string>()));
        Assert.Equal("gp-fallings-park", referral["receivedBy"]!.GetValue<string>());

        var origin = view["gpOrigin"]!;
        Assert.Equal(("https://fallings-park.example/gp-system/referrals", "REF-2026-0001"),
            (origin["serviceRequestSystem"]!.GetValue<string>(), origin["serviceRequestValue"]!.GetValue<string>()));
        Assert.Equal(("M92042", "Dr Ngozi Okafor", "G1234567"),
            (origin["practiceOdsCode"]!.GetValue<string>(), origin["practitionerName"]!.GetValue<string>(), origin["practitionerIdentifier"]!.GetValue<string>()));
        Assert.Equal(referral["receivedAt"]!.GetValue<DateTimeOffset>(), origin["receivedAt"]!.GetValue<DateTimeOffset>());

        var person = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/people/{referral["personId"]}", Ct));
        Assert.Equal(("Doris", "Fellows", "9434765919", "WV10 9QR", "1941-06-12"),
            (person["givenName"]!.GetValue<string>(), person["familyName"]!.GetValue<string>(), person["nhsNumber"]!.GetValue<string>(),
             person["postcode"]!.GetValue<string>(), person["dateOfBirth"]!.GetValue<string>()));
        Assert.Equal("07700 900127", person["mobile"]!.GetValue<string>());

        var caseload = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/teams/{team}/caseload", Ct));
        Assert.Contains(referralId.ToString(), caseload.ToJsonString());
    }

    [Fact]
    public async Task A_message_bundle_is_taken_as_well_as_a_transaction()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-messaging")));

        var referralId = await gp.SendAsync(GpSystemClient.Example("referral-message"));

        var view = await new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team))).GetReferralAsync(referralId);
        Assert.Equal("REF-2026-0002", view["gpOrigin"]!["serviceRequestValue"]!.GetValue<string>());
        Assert.Equal("4010232137", view["gpOrigin"]!["nhsNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_service_request_sent_twice_makes_one_referral_at_the_same_location()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-resender")));
        var bundle = GpSystemClient.Example("referral-transaction");

        var first = await gp.SendAsync(bundle);
        var again = await gp.SendAsync(bundle, HttpStatusCode.OK);

        Assert.Equal(first, again);
        var (people, referrals) = await StoredForTeamAsync(team);
        Assert.Equal((1, 1), (people, referrals));
    }

    [Fact]
    public async Task A_second_referral_for_a_patient_already_on_the_caseload_joins_their_record()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-second")));
        var bundle = GpSystemClient.Example("referral-transaction");
        await gp.SendAsync(bundle);

        GpSystemClient.ServiceRequestOf(bundle)["identifier"]![0]!["value"] = "REF-2026-0099";
        await gp.SendAsync(bundle);

        var (people, referrals) = await StoredForTeamAsync(team);
        Assert.Equal((1, 2), (people, referrals));
    }

    [Theory]
    [InlineData("referral-missing-nhs-number", "Patient.identifier", "NHS number is required")]
    [InlineData("referral-bad-nhs-number", "Patient.identifier", "valid NHS number")]
    [InlineData("referral-wrong-snomed-code", "ServiceRequest.code", "871731000000106")]
    public async Task An_invalid_bundle_is_refused_with_an_operation_outcome_naming_the_problem_and_stores_nothing(string example, string expression, string message)
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-invalid")));

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(GpSystemClient.Example(example)), HttpStatusCode.UnprocessableEntity);

        var issue = Assert.Single(outcome["issue"]!.AsArray());
        Assert.Equal(expression, issue!["expression"]![0]!.GetValue<string>());
        Assert.Contains(message, issue["diagnostics"]!.GetValue<string>());
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task Every_problem_in_a_bundle_is_named_at_once()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-many-problems")));
        var bundle = GpSystemClient.Example("referral-wrong-snomed-code");
        var patient = GpSystemClient.ResourceOf(bundle, "Patient");
        patient.Remove("identifier");
        patient.Remove("birthDate");
        patient["address"]![0]!["postalCode"] = "not a postcode";

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(bundle), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(
            ["ServiceRequest.code", "Patient.identifier", "Patient.birthDate", "Patient.address.postalCode"],
            GpSystemClient.IssueExpressions(outcome));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task Identifiers_longer_than_the_service_keeps_are_refused_rather_than_failing_to_save()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-long-values")));
        var bundle = GpSystemClient.Example("referral-transaction");
        GpSystemClient.ServiceRequestOf(bundle)["identifier"]![0]!["value"] = new string('7', 201);
        GpSystemClient.ResourceOf(bundle, "Organization")["identifier"]![0]!["value"] = "M92042M92042";

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(bundle), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["ServiceRequest.identifier.value", "Organization.identifier"], GpSystemClient.IssueExpressions(outcome));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    /// <summary>
    /// Base R4's invariants, which only Firely's validator checks (the parser checks structure, the project's rules
    /// what a referral needs): a period must not end before it starts (per-1).
    /// </summary>
    [Fact]
    public async Task A_bundle_that_breaks_base_fhir_r4_is_refused_by_the_validator_and_stores_nothing()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-base-r4")));
        var bundle = GpSystemClient.Example("referral-transaction");
        GpSystemClient.ServiceRequestOf(bundle)["occurrencePeriod"] = new JsonObject { ["start"] = "2026-12-10", ["end"] = "2026-12-01" };

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(bundle), HttpStatusCode.UnprocessableEntity);

        var issues = outcome["issue"]!.AsArray().Select(i => $"{i!["expression"]![0]} {i["diagnostics"]}").ToList();
        Assert.Contains(issues, i => i.Contains("occurrence", StringComparison.Ordinal) && i.Contains("per-1", StringComparison.Ordinal));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_an_operation_outcome()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-malformed")));
        var json = GpSystemClient.Example("referral-transaction").ToJsonString();

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(json[..(json.Length / 2)], GpSystemClient.FhirJson), HttpStatusCode.BadRequest);

        Assert.NotEmpty(GpSystemClient.IssueExpressions(outcome));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task An_element_r4_does_not_have_is_refused_by_the_parser()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-unknown-element")));
        var bundle = GpSystemClient.Example("referral-transaction");
        GpSystemClient.ResourceOf(bundle, "Patient")["favouriteColour"] = "green";

        var outcome = await GpSystemClient.ReadAsync(await gp.PostAsync(bundle), HttpStatusCode.BadRequest);

        Assert.Contains(outcome["issue"]!.AsArray(), i => i!["diagnostics"]!.GetValue<string>().Contains("favouriteColour"));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task A_bundle_sent_as_anything_but_json_is_refused_as_an_unsupported_media_type()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-wrong-type")));

        var outcome = await GpSystemClient.ReadAsync(
            await gp.PostAsync(GpSystemClient.Example("referral-transaction").ToJsonString(), "text/plain"), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(["Bundle"], GpSystemClient.IssueExpressions(outcome));
        Assert.Equal((0, 0), await StoredForTeamAsync(team));
    }

    [Fact]
    public async Task The_capability_statement_is_served_to_anyone()
    {
        var statement = await GpSystemClient.ReadAsync(await app.Factory.CreateClient().GetAsync("/fhir/metadata", Ct));

        Assert.Equal("CapabilityStatement", statement["resourceType"]!.GetValue<string>());
        Assert.Equal("4.0.1", statement["fhirVersion"]!.GetValue<string>());
        Assert.Contains("Task", statement["rest"]![0]!["resource"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()));
    }

    private async Task<(int People, int Referrals)> StoredForTeamAsync(Guid team)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsContext>();
        return (await db.People.CountAsync(p => p.TeamId == team, Ct), await db.Referrals.CountAsync(r => r.TeamId == team, Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
