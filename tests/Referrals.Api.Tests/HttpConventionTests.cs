using System.Net.Http.Json;
using System.Text;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Conventions;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>The referrals service answers as docs/conventions.md says every service does.</summary>
public sealed class HttpConventionTests(ReferralsApp app)
{
    private readonly LinkWorkerClient _worker = new(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));

    [Fact]
    public async Task A_body_that_does_not_read_is_a_400_problem_naming_the_field()
    {
        var person = LinkWorkerClient.PersonRequest();
        person["dateOfBirth"] = 1941;

        await HttpConventions.UnreadableBodyIsRefusedAsync(_worker.Http, HttpMethod.Post, "/api/people", person.ToJsonString(), "$.dateOfBirth");
    }

    [Fact]
    public async Task Enum_values_are_read_and_written_kebab_case_and_numbers_are_refused()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        await HttpConventions.EnumValuesAreKebabCaseAsync(_worker.Http, point => new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{referralId}/wellbeing")
        {
            Content = new StringContent($$"""{ "point": {{point}}, "ons4": { "lifeSatisfaction": 5, "worthwhile": 5, "happiness": 5, "anxiety": 5 } }""", Encoding.UTF8, "application/json"),
        }, "point", "follow-up", measurement => measurement["point"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_change_to_a_referral_needs_the_version_last_read_in_If_Match()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(_worker.Http, $"/api/referrals/{referralId}", attempt =>
            new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{referralId}/notes") { Content = JsonContent.Create(new { text = $"Rang her ({attempt})." }) });
    }

    [Fact]
    public async Task Every_replacement_needs_the_version_last_read_but_reminder_choices()
    {
        // How a person wants reminders, and a link worker's own digest, are choices set whole for themselves.
        await HttpConventions.EveryReplacementRequiresIfMatchAsync(_worker.Http,
            "/api/referrals/{id}/reminders", "/api/link-workers/me/reminders");
    }

    [Fact]
    public async Task A_teams_caseload_is_listed_a_page_at_a_time()
    {
        var team = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.ReferAsync(await worker.RegisterPersonAsync());

        await HttpConventions.ListIsPagedAsync(worker.Http, $"/api/teams/{team}/caseload");
    }
}
