using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class CaseloadTests(ReferralsApp app)
{
    [Fact]
    public async Task The_caseload_counts_each_referrals_requests_still_waiting_for_a_providers_answer()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var waiting = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var quiet = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null, agreedWorkingDays: 10);
        await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null, agreedWorkingDays: 3);
        var withdrawn = await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null);
        using (var withdraw = await worker.MoveConnectionAsync(withdrawn, "withdrawn", "Chose another."))
        {
            withdraw.EnsureSuccessStatusCode();
        }

        var caseload = await CaseloadAsync(worker, teamId);

        var entry = Assert.Single(caseload.Items, e => e.ReferralId == waiting);
        Assert.Equal(2, entry.RequestsAwaitingAnswer);
        var connections = (await worker.GetReferralAsync(waiting))["connections"]!.AsArray()
            .Where(c => (string?)c!["status"] == "requested")
            .Select(c => DateOnly.Parse((string)c!["answerDueBy"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(connections.Min(), entry.OldestRequestDueBy);
        var none = Assert.Single(caseload.Items, e => e.ReferralId == quiet);
        Assert.Equal(0, none.RequestsAwaitingAnswer);
        Assert.Null(none.OldestRequestDueBy);
    }

    [Fact]
    public async Task The_caseload_is_searched_by_name_or_NHS_number_filtered_sorted_and_paged()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var doris = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var alf = await worker.ReferAsync(await worker.RegisterPersonAsync(Person("Alf", "Zebedee", "401 023 2137")));
        var cyril = await worker.ReferAsync(await worker.RegisterPersonAsync(Person("Cyril", "Abbott", null)));
        await worker.MoveAlongAsync(cyril, "contacted");

        Assert.Equal([alf], Ids(await CaseloadAsync(worker, teamId, "q=zeb")));
        Assert.Equal([alf], Ids(await CaseloadAsync(worker, teamId, "q=4010232137")));
        Assert.Equal([doris], Ids(await CaseloadAsync(worker, teamId, "q=943%20476%205919")));
        Assert.Equal([doris], Ids(await CaseloadAsync(worker, teamId, "q=doris%20fell")));
        Assert.Empty(Ids(await CaseloadAsync(worker, teamId, "q=943476591")));
        Assert.Equal([cyril], Ids(await CaseloadAsync(worker, teamId, "status=contacted")));
        Assert.Equal([cyril, doris, alf], Ids(await CaseloadAsync(worker, teamId, "sort=name")));
        var second = await CaseloadAsync(worker, teamId, "sort=name&page=2&perPage=2");
        Assert.Equal((3, 2, 2), (second.TotalItems, second.Page, second.PerPage));
        Assert.Equal([alf], Ids(second));
        var other = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        using var refused = await other.Http.GetAsync($"/api/teams/{teamId}/caseload?q=zeb", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_plan_review_past_its_date_is_flagged_overdue_with_the_plans_next_action_and_the_last_contact()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var referral = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var onTime = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.MoveAlongAsync(referral, "contacted");
        await worker.AgreePlanAsync(referral);

        app.Clock.Offset = TimeSpan.FromDays(42 + 42);
        CaseloadPage overdue;
        try
        {
            overdue = await CaseloadAsync(worker, teamId, "overdue=true");
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }

        var entry = Assert.Single(overdue.Items, e => e.ReferralId == referral);
        Assert.True(entry.PlanReviewOverdue);
        Assert.Equal("Try the Tuesday walking group", entry.NextAction);
        Assert.NotNull(entry.LastContact);
        Assert.NotNull(entry.Owner);
        // Received 84 days ago by the moved clock, with no first contact: overdue too, but for another reason.
        Assert.Contains(overdue.Items, e => e.ReferralId == onTime && e.FirstContactOverdue && !e.PlanReviewOverdue);
        Assert.DoesNotContain((await CaseloadAsync(worker, teamId, "overdue=true")).Items, e => e.ReferralId == referral);
    }

    [Fact]
    public async Task A_caseload_query_it_cannot_read_is_refused_with_each_field_named()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.GetAsync($"/api/teams/{teamId}/caseload?status=closed&urgency=Whenever&sort=Shoe&page=0&perPage=1000", Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["page", "perPage", "sort", "status", "urgency"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_caseload_filter_takes_the_kebab_case_names_the_answers_use_and_an_unknown_one_is_refused_naming_them()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var waiting = await worker.ReferAsync(await worker.RegisterPersonAsync());

        Assert.Contains(waiting, Ids(await CaseloadAsync(worker, teamId, "status=received&urgency=routine&sort=last-contact")));
        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.GetAsync($"/api/teams/{teamId}/caseload?status=waiting&sort=oldest", Ct), HttpStatusCode.BadRequest);

        Assert.StartsWith("One of: awaiting-triage, received, contacted", problem["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Contains("last-contact", problem["errors"]!["sort"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_person_look_up_finds_the_teams_own_people_only()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var ours = await worker.RegisterPersonAsync(Person("Winifred", "Quaintance", null));
        await worker.ReferAsync(ours);
        var otherTeam = Guid.NewGuid();
        var other = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(otherTeam)));
        await other.RegisterPersonAsync(Person("Wilfred", "Quaintance", null));

        var found = await worker.Http.GetFromJsonAsync<List<Found>>($"/api/teams/{teamId}/people?q=quaintance", Ct);

        var person = Assert.Single(found!);
        Assert.Equal((ours, "Winifred Quaintance", 1), (person.PersonId, person.Name, person.OpenReferrals));
        var blank = await LinkWorkerClient.ProblemAsync(await worker.Http.GetAsync($"/api/teams/{teamId}/people?q=%20", Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(blank["errors"]!["q"]);
    }

    private static System.Text.Json.Nodes.JsonObject Person(string given, string family, string? nhsNumber)
    {
        var person = LinkWorkerClient.PersonRequest();
        person["givenName"] = given;
        person["familyName"] = family;
        person["nhsNumber"] = nhsNumber;
        return person;
    }

    private static async Task<CaseloadPage> CaseloadAsync(LinkWorkerClient worker, Guid teamId, string query = "") =>
        (await worker.Http.GetFromJsonAsync<CaseloadPage>($"/api/teams/{teamId}/caseload?{query}", Ct))!;

    private static List<Guid> Ids(CaseloadPage page) => [.. page.Items.Select(e => e.ReferralId)];

    private sealed record CaseloadPage(List<Entry> Items, int TotalItems, int Page, int PerPage);

    private sealed record Entry(Guid ReferralId, int RequestsAwaitingAnswer, DateOnly? OldestRequestDueBy, string? Owner, string? NextAction,
        DateTimeOffset? LastContact, bool PlanReviewOverdue, bool FirstContactOverdue);

    private sealed record Found(Guid PersonId, string Name, int OpenReferrals);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
