using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.TestKit.Conventions;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>The volunteering service answers as docs/conventions.md says every service does.</summary>
public sealed class HttpConventionTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_body_that_does_not_read_is_a_400_problem_naming_the_field()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);

        await HttpConventions.UnreadableBodyIsRefusedAsync(phone, HttpMethod.Post, $"/api/volunteers/{community.VolunteerId}/hours",
            $$"""{ "id": "{{Guid.NewGuid()}}", "organisationId": "{{community.OrganisationA}}", "role": "befriender", "date": "{{community.Today.AddDays(-1):yyyy-MM-dd}}", "minutes": "an hour" }""",
            "$.minutes");
    }

    [Fact]
    public async Task A_correction_to_an_hour_log_needs_the_version_last_read_in_If_Match()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await HourApprovalTests.SubmitAsync(app, community, 60);
        using var phone = app.ClientFor(community.Volunteer);
        var path = $"/api/volunteers/{community.VolunteerId}/hours/{log}";

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(phone, path, attempt =>
            new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(HourLogSubmissionTests.Log(community, log, minutes: 45 + attempt)) });
    }

    [Fact]
    public async Task A_change_to_a_volunteers_profile_availability_or_checks_needs_the_version_last_read_in_If_Match()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);
        using var staff = app.ClientFor(community.StaffA);
        var record = $"/api/volunteers/{community.VolunteerId}";

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(phone, record, attempt => Put($"{record}/profile",
            new { firstName = "Margaret", lastName = "Hughes", postcodeDistrict = "WV10", roles = new[] { "befriender" }, maxTravelKm = 3 + attempt }));
        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(phone, record, attempt => Put($"{record}/availability",
            new { slots = new[] { new { day = "tuesday", start = "10:00", end = "12:00" } }, caseloadLimit = 2 + attempt }));
        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(staff, record, attempt => Put($"{record}/qualifications",
            new { trainings = new[] { new { code = "first-aid", name = "First aid", completedOn = community.Today.AddDays(-attempt - 1) } } }));
    }

    [Fact]
    public async Task A_change_to_an_organisations_settings_needs_the_version_last_read_in_If_Match()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var manager = app.ClientFor(community.ManagerA);
        var settings = $"/api/organisations/{community.OrganisationA}/settings";

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(manager, settings, attempt => Put(settings,
            new { name = "Wolverhampton Friendship Line", autoApproveUpToMinutes = 30 + attempt }));
    }

    [Fact]
    public async Task A_change_to_a_programme_its_investment_or_a_valuation_set_needs_the_version_last_read_in_If_Match()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var commissioner = app.ClientFor(Community.Commissioner);
        using var created = await commissioner.PostAsJsonAsync("/api/programmes", new { organisationId = community.OrganisationA, name = "Befriending" }, Ct);
        var programme = $"/api/programmes/{(await Json.ReadAsync(created)).GetProperty("id").GetGuid()}";
        using var added = await commissioner.PostAsJsonAsync($"{programme}/investments", new { from = "2026-04-01", to = "2026-06-30", amount = 100m }, Ct);
        var investment = $"{programme}/investments/{(await Json.ReadAsync(added)).GetProperty("id").GetGuid()}";
        var valuationSet = $"/api/valuation-sets/{await SroiReportTests.CreateStarterSetAsync(commissioner)}";
        using var starter = await commissioner.GetAsync("/api/valuation-sets/starter", Ct);
        var template = (await Json.ReadAsync(starter)).GetRawText();

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(commissioner, programme, attempt => Put(programme, new { name = $"Befriending {attempt}" }));
        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(commissioner, investment, attempt => Put(investment,
            new { from = "2026-04-01", to = "2026-06-30", amount = 200m + attempt }));
        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(commissioner, valuationSet, attempt =>
        {
            var set = JsonNode.Parse(template)!;
            set["name"] = $"Starter set, edit {attempt}";
            return new HttpRequestMessage(HttpMethod.Put, valuationSet) { Content = JsonContent.Create(set) };
        });
    }

    [Fact]
    public async Task Every_replacement_needs_the_version_last_read_but_a_volunteers_own_choices()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        using var client = app.ClientFor(Community.Commissioner);

        // How a volunteer is reminded and their equality answers are theirs alone to set, each whole.
        await HttpConventions.EveryReplacementRequiresIfMatchAsync(client,
            "/api/volunteers/{volunteerId}/reminders", "/api/volunteers/{volunteerId}/equality");
    }

    [Fact]
    public async Task A_volunteers_hours_are_listed_a_page_at_a_time()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await HourApprovalTests.SubmitAsync(app, community, 60);
        await HourApprovalTests.SubmitAsync(app, community, 90);
        using var phone = app.ClientFor(community.Volunteer);

        await HttpConventions.ListIsPagedAsync(phone, $"/api/volunteers/{community.VolunteerId}/hours");
    }

    [Fact]
    public async Task Enum_values_are_read_and_written_kebab_case_and_numbers_are_refused()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var staff = app.ClientFor(community.StaffA);
        var checks = $"/api/volunteers/{community.VolunteerId}/qualifications";

        // "Whatever the version" (If-Match: *): the check here is the enum's spelling, not the record's version.
        await HttpConventions.EnumValuesAreKebabCaseAsync(staff, level =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, checks)
            {
                Content = new StringContent($$"""{ "dbs": { "level": {{level}}, "certificateNumber": "000000000002", "issuedOn": "{{community.Today:yyyy-MM-dd}}", "renewBy": "{{community.Today.AddYears(3):yyyy-MM-dd}}" } }""",
                    System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            return request;
        }, "dbs.level", "enhanced-with-barred-lists", volunteer => volunteer["dbs"]?["level"]?.GetValue<string>());
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Put(string path, object body) => new(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
}
