using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Identity.Tests.Hosting;

/// <summary>
/// One identity service shared by the assembly, and some of the seeded development accounts
/// (seeds/data/users.json) as the test kit's <see cref="TestAccount"/>s.
/// </summary>
public sealed class IdentityServerFixture : IAsyncLifetime
{
    private IdentityServer? _server;

    /// <summary>The PostgreSQL server, for tests that start an identity service of their own.</summary>
    public DatabaseFixture Postgres { get; } = new();

    public IdentityServer Server => _server ?? throw new InvalidOperationException("The identity service has not started.");

    public static readonly Guid NorthTeam = SeedIds.ToGuid("team-wolverhampton-north");
    public static readonly Guid SouthTeam = SeedIds.ToGuid("team-tipton-rowley");
    public static readonly Guid FriendshipLine = SeedIds.ToGuid("org-wolverhampton-friendship-line");
    public static readonly Guid MoneyMatters = SeedIds.ToGuid("org-sandwell-money-matters");

    public static readonly TestAccount LinkWorkerNorth = Staff(Roles.LinkWorker, "lw.ama.owusu", team: NorthTeam);
    public static readonly TestAccount LinkWorkerSouth = Staff(Roles.LinkWorker, "lw.sian.roberts", team: SouthTeam);
    public static readonly TestAccount TeamLeadNorth = Staff(Roles.TeamLead, "lead.karen.bishop", team: NorthTeam);
    public static readonly TestAccount VcseStaff = Staff(Roles.VcseStaff, "vcse.ellie.ward", organisation: FriendshipLine);
    public static readonly TestAccount VcseManager = Staff(Roles.VcseManager, "vcse.marcia.henry", organisation: FriendshipLine);
    public static readonly TestAccount OtherVcseManager = Staff(Roles.VcseManager, "vcse.daniel.okafor", organisation: MoneyMatters);
    public static readonly TestAccount Commissioner = Staff(Roles.Commissioner, "comm.helen.abbott");
    public static readonly TestAccount Administrator = Staff(Roles.Administrator, "admin.sam.reeve");
    public static readonly TestAccount Volunteer = new(Roles.Volunteer, "margaret.hughes@example.org",
        OneTimeCodeIdentifier: "margaret.hughes@example.org", VolunteerId: SeedIds.ToGuid("vol-margaret-hughes").ToString());

    /// <summary>One account per role (the second link worker and manager are the "other" owners).</summary>
    public static IReadOnlyList<TestAccount> OnePerRole { get; } =
        [LinkWorkerNorth, TeamLeadNorth, VcseStaff, VcseManager, Commissioner, Administrator, Volunteer];

    public async ValueTask InitializeAsync()
    {
        await Postgres.InitializeAsync();
        _server = await IdentityServer.StartAsync(Postgres);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        await Postgres.DisposeAsync();
    }

    private static TestAccount Staff(string role, string userName, Guid? team = null, Guid? organisation = null) =>
        new(role, userName, IdentityServer.Password, TeamId: team?.ToString(), OrganisationId: organisation?.ToString());
}
