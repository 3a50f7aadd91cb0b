using SocialPrescribing.Identity.Seeding;
using SocialPrescribing.TestKit.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Identity.Tests.Hosting;

/// <summary>
/// The real identity service, in process but on a real Kestrel port (real redirects, cookies
/// and discovery), over its own fresh PostgreSQL database, with the development users seeded
/// and the development code sender switched on, so the outbox is readable. Environment "Testing",
/// sign-in limits lifted; a test may start one of its own with other settings or environment.
/// </summary>
public sealed class IdentityServer : WebApplicationFactory<Program>
{
    public const string Password = "Test-password-42";
    public const string ServiceClientSecret = "directory-service-secret";

    /// <summary>A GP practice's clinical system, tied to the north team (same secret as the service client).</summary>
    public const string GpClientId = "gp-fallings-park";

    private readonly string _connectionString;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;

    private IdentityServer(string connectionString, TimeProvider? time, IReadOnlyDictionary<string, string?> settings, string environment)
    {
        _connectionString = connectionString;
        _time = time;
        _settings = settings;
        _environment = environment;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <param name="settings">Configuration over the defaults below; a null value removes a default.</param>
    public static async Task<IdentityServer> StartAsync(
        DatabaseFixture postgres, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        var server = new IdentityServer(await postgres.CreateDatabaseAsync("identity", TestContext.Current.CancellationToken), time,
            settings ?? new Dictionary<string, string?>(), environment);
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/') + "/");
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:identity-db", _connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Seeds:Path", Path.Combine(Path.GetTempPath(), "no-seeds-here"));
        builder.UseSetting("Identity:DevelopmentPassword", Password);
        builder.UseSetting("Identity:Clients:web:RedirectUris", TokenClient.DefaultRedirectUri);
        builder.UseSetting("Identity:Clients:web:PostLogoutRedirectUris", "http://localhost/signout-callback-oidc");
        builder.UseSetting("Identity:Clients:directory:Secret", ServiceClientSecret);
        builder.UseSetting($"Identity:Clients:{GpClientId}:Secret", ServiceClientSecret);
        builder.UseSetting($"Identity:Clients:{GpClientId}:Scopes", ApiScopes.ReferralsFhir);
        builder.UseSetting($"Identity:Clients:{GpClientId}:TeamId", IdentityServerFixture.NorthTeam.ToString());
        builder.UseSetting("Identity:OneTimeCodes:PerIpPerMinute", "1000");
        builder.UseSetting("Identity:OneTimeCodes:PerIdentifierPer15Minutes", "50");
        builder.UseSetting("Identity:SignInLimits:Enabled", "false");
        builder.UseSetting("Identity:DevelopmentCodeSender", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddIdentityDemoData());
        if (_time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_time));
        }
    }

    public TokenClient NewTokenClient() => new(BaseAddress);

    public HttpClient NewHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>A staff account of its own, for tests that change its state (lockout).</summary>
    public async Task<TestAccount> CreateStaffAccountAsync(string role, Guid? teamId = null, Guid? organisationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = $"test.{Guid.NewGuid():N}"[..20], DisplayName = "Test User", TeamId = teamId, OrganisationId = organisationId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new TestAccount(role, user.UserName!, Password, TeamId: teamId?.ToString(), OrganisationId: organisationId?.ToString());
    }

    /// <summary>A volunteer of its own (one-time codes to a unique email), so tests do not consume each other's codes.</summary>
    public async Task<TestAccount> CreateVolunteerAccountAsync(string? phone = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var volunteerId = Guid.NewGuid();
        var email = $"volunteer.{volunteerId:N}@example.org";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            PhoneNumber = phone is null ? null : OneTimeCodeIdentifier.Normalise(phone),
            DisplayName = "Test Volunteer",
            VolunteerId = volunteerId,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Volunteer)).Succeeded);
        return new TestAccount(Roles.Volunteer, email, OneTimeCodeIdentifier: email, VolunteerId: volunteerId.ToString());
    }

    /// <summary>The newest one-time code stored for the email or phone number (hashes and counters only).</summary>
    public async Task<OneTimeCode> LatestOneTimeCodeAsync(string identifier)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        var hash = OneTimeCodeIdentifier.Hash(OneTimeCodeIdentifier.Normalise(identifier));
        return await db.OneTimeCodes.AsNoTracking().Where(c => c.IdentifierHash == hash).OrderByDescending(c => c.CreatedAt).FirstAsync();
    }

    public async Task<List<AuditEvent>> AuditTrailAsync(Func<IQueryable<AuditEvent>, IQueryable<AuditEvent>> filter)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        return await filter(db.AuditEvents.AsNoTracking()).OrderBy(a => a.Id).ToListAsync();
    }
}
