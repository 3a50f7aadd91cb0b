using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.TestKit.Conventions;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>The directory answers as docs/conventions.md says every service does (its activities' own checks are in ListingTests).</summary>
public sealed class HttpConventionTests(DirectoryApp app)
{
    [Fact]
    public async Task A_body_that_does_not_read_is_a_400_problem_naming_the_field()
    {
        var group = await app.RegisterOrganisationAsync();

        await HttpConventions.UnreadableBodyIsRefusedAsync(group.Http, HttpMethod.Post, "/api/locations",
            """{ "name": "Hall", "addressLine1": ["1 High Street"], "city": "Wolverhampton", "postcode": "WV1 1AA" }""", "$.addressLine1");
    }

    [Fact]
    public async Task Enum_values_are_read_and_written_kebab_case_and_numbers_are_refused()
    {
        var group = await app.RegisterOrganisationAsync();
        var locationId = await group.CreateLocationAsync();

        await HttpConventions.EnumValuesAreKebabCaseAsync(group.Http, mode =>
        {
            var activity = VcseClient.ActivityRequest(locationId);
            activity["referralMode"] = JsonNode.Parse(mode);
            return new HttpRequestMessage(HttpMethod.Post, "/api/activities") { Content = JsonContent.Create(activity) };
        }, "referralMode", "direct-referral", created => created["referralMode"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_change_to_a_place_needs_the_version_last_read_in_If_Match()
    {
        var group = await app.RegisterOrganisationAsync();
        var locationId = await group.CreateLocationAsync();

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(group.Http, $"/api/locations/{locationId}", attempt =>
            new HttpRequestMessage(HttpMethod.Put, $"/api/locations/{locationId}")
            {
                Content = JsonContent.Create(new { name = $"Community hall {attempt}", addressLine1 = "1 High Street", city = "Wolverhampton", postcode = "WV1 1AA" }),
            });
    }

    [Fact]
    public async Task Every_replacement_needs_the_version_last_read()
    {
        var group = await app.RegisterOrganisationAsync();

        await HttpConventions.EveryReplacementRequiresIfMatchAsync(group.Http);
    }

    [Fact]
    public async Task Activities_are_searched_a_page_at_a_time()
    {
        var group = await app.RegisterOrganisationAsync();

        await HttpConventions.ListIsPagedAsync(group.Http, "/api/search/activities?postcode=WV1%201AA");
    }
}
