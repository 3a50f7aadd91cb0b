using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Api.Tests.Hosting;

/// <summary>
/// Two organisations registered through the API, each with a manager and staff; a volunteer with
/// organisation A (befriender and group helper, enhanced DBS with barred lists renewable in 90 days)
/// and one with organisation B; a commissioner, an administrator and a link worker.
/// </summary>
public sealed class Community
{
    public const int DbsDaysLeft = 90;

    public Guid OrganisationA { get; } = Guid.NewGuid();
    public Guid OrganisationB { get; } = Guid.NewGuid();
    public Guid VolunteerId { get; } = Guid.NewGuid();
    public Guid OtherVolunteerId { get; } = Guid.NewGuid();

    public TestAccount ManagerA => new(Roles.VcseManager, "manager.a", OrganisationId: OrganisationA.ToString());
    public TestAccount StaffA => new(Roles.VcseStaff, "staff.a", OrganisationId: OrganisationA.ToString());
    public TestAccount ManagerB => new(Roles.VcseManager, "manager.b", OrganisationId: OrganisationB.ToString());
    public TestAccount StaffB => new(Roles.VcseStaff, "staff.b", OrganisationId: OrganisationB.ToString());
    public TestAccount Volunteer => new(Roles.Volunteer, "volunteer.margaret", VolunteerId: VolunteerId.ToString());
    public TestAccount OtherVolunteer => new(Roles.Volunteer, "volunteer.other", VolunteerId: OtherVolunteerId.ToString());
    public static TestAccount Commissioner => new(Roles.Commissioner, "commissioner");
    public static TestAccount Administrator => new(Roles.Administrator, "admin");
    public static TestAccount LinkWorker => new(Roles.LinkWorker, "lw.north", TeamId: Guid.NewGuid().ToString());

    public IReadOnlyList<TestAccount> Accounts => [Volunteer, StaffA, ManagerA, Commissioner, Administrator, LinkWorker];

    public DateOnly Today { get; private set; }

    public static async Task<Community> CreateAsync(VolunteeringApp app)
    {
        var community = new Community { Today = UkCalendar.Today(app.Time) };
        await community.RegisterOrganisationAsync(app, community.ManagerA, community.OrganisationA, "Wolverhampton Friendship Line");
        await community.RegisterOrganisationAsync(app, community.ManagerB, community.OrganisationB, "Dudley Green Gym");
        await community.RegisterVolunteerAsync(app, community.StaffA, community.VolunteerId, community.OrganisationA, "Margaret");
        await community.RegisterVolunteerAsync(app, community.ManagerB, community.OtherVolunteerId, community.OrganisationB, "Ravi");
        return community;
    }

    private async Task RegisterOrganisationAsync(VolunteeringApp app, TestAccount manager, Guid organisationId, string name)
    {
        using var client = app.ClientFor(manager);
        using var response = await client.PutAsJsonAsync($"/api/organisations/{organisationId}/settings", new { name }, TestContext.Current.CancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK);
    }

    private async Task RegisterVolunteerAsync(VolunteeringApp app, TestAccount staff, Guid volunteerId, Guid organisationId, string firstName)
    {
        using var client = app.ClientFor(staff);
        using var response = await client.PostAsJsonAsync("/api/volunteers", new
        {
            id = volunteerId,
            organisationIds = new[] { organisationId },
            profile = new
            {
                firstName,
                lastName = "Hughes",
                postcodeDistrict = "WV10",
                languages = new[] { "en" },
                roles = new[] { "befriender", "group-helper" },
            },
            availability = new { slots = new[] { new { day = "monday", start = "10:00", end = "12:00" } }, caseloadLimit = 3 },
        }, TestContext.Current.CancellationToken);
        await ExpectAsync(response, HttpStatusCode.Created);

        using var checks = await PutVolunteerAsync(client, volunteerId, "/qualifications", new
        {
            dbs = new { level = "enhanced-with-barred-lists", certificateNumber = "000000000001", issuedOn = Today.AddYears(-3), renewBy = Today.AddDays(DbsDaysLeft) },
            trainings = new[] { new { code = "safeguarding-adults", name = "Safeguarding adults (level 1)", completedOn = Today.AddYears(-1), validUntil = (DateOnly?)null } },
        });
        await ExpectAsync(checks, HttpStatusCode.OK);
    }

    /// <summary>Changes a log as a client should: with the ETag it has just read in If-Match (<paramref name="action"/> e.g. "/withdraw").</summary>
    public static Task<HttpResponseMessage> ChangeLogAsync(HttpClient client, HttpMethod method, string logPath, string action = "", object? body = null) =>
        ChangeAsync(client, method, logPath, logPath + action, body);

    /// <summary>Changes part of a volunteer's record (<paramref name="part"/> e.g. "/qualifications") with the record's ETag.</summary>
    public static Task<HttpResponseMessage> PutVolunteerAsync(HttpClient client, Guid volunteerId, string part, object body) =>
        ChangeAsync(client, HttpMethod.Put, $"/api/volunteers/{volunteerId}", $"/api/volunteers/{volunteerId}{part}", body);

    /// <summary>PUTs a versioned record with the ETag it has just read from the same path.</summary>
    public static Task<HttpResponseMessage> PutVersionedAsync(HttpClient client, string path, object body) =>
        ChangeAsync(client, HttpMethod.Put, path, path, body);

    /// <summary>
    /// Changes a versioned record as a client should: with the ETag a read of <paramref name="readPath"/> has just
    /// answered in If-Match (none when the read found nothing, so the change meets the same 404).
    /// </summary>
    public static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, HttpMethod method, string readPath, string changePath, object? body = null)
    {
        using var read = await client.GetAsync(readPath, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(method, changePath) { Content = body is null ? null : JsonContent.Create(body) };
        if (read.Headers.ETag is { } version)
        {
            request.Headers.IfMatch.Add(version);
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
