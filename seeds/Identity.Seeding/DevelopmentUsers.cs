using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialPrescribing.Authorization;
using SocialPrescribing.Identity.Infrastructure;
using SocialPrescribing.Identity.Model;
using SocialPrescribing.Seeds;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Identity.Seeding;

/// <summary>
/// The development users of <c>seeds/data/users.json</c>
/// (from <c>Seeds:Path</c>, or the copy built into the seeds library), several per role, so a
/// newcomer can sign in. Team, organisation and volunteer ids become the same GUIDs the other
/// services seed (<see cref="SeedIds.ToGuid"/>). Staff get the password in
/// <c>Identity:DevelopmentPassword</c> (never in source); volunteers have none and sign in with a
/// one-time code. User names are printed at start; passwords never are.
/// </summary>
public sealed partial class DevelopmentUsers(
    UserManager<ApplicationUser> users,
    IConfiguration configuration,
    ILogger<DevelopmentUsers> logger) : IDatabaseSeeder<IdentityContext>
{
    public async Task SeedAsync(IdentityContext db, CancellationToken cancellationToken)
    {
        var password = configuration["Identity:DevelopmentPassword"];
        var seeds = Catalog().Users;
        foreach (var seed in seeds)
        {
            if (await users.FindByNameAsync(seed.UserName) is not null)
            {
                continue;
            }
            var role = seed.Role.Code();
            var user = new ApplicationUser
            {
                UserName = seed.UserName,
                DisplayName = seed.DisplayName,
                Email = seed.Email,
                EmailConfirmed = true,
                TeamId = GuidOf(seed.TeamId),
                OrganisationId = GuidOf(seed.OrganisationId),
                VolunteerId = GuidOf(seed.VolunteerId),
            };
            var created = role == Roles.Volunteer || string.IsNullOrEmpty(password)
                ? await users.CreateAsync(user)
                : await users.CreateAsync(user, password);
            ThrowIfFailed(created, seed.UserName);
            ThrowIfFailed(await users.AddToRoleAsync(user, role), seed.UserName);
        }

        if (string.IsNullOrEmpty(password))
        {
            LogNoPassword();
        }
        foreach (var byRole in seeds.GroupBy(s => s.Role.Code()))
        {
            LogDevelopmentUsers(byRole.Key, string.Join(", ", byRole.Select(s => s.UserName)),
                byRole.Key == Roles.Volunteer ? "a one-time code (read it at /dev/outbox)" : "the password in Identity:DevelopmentPassword");
        }
    }

    private SeedCatalog Catalog() =>
        SeedCatalog.FromSetting(configuration["Seeds:Path"] is { } path && Directory.Exists(path) ? path : null);

    private static Guid? GuidOf(string? seedId) => seedId is null ? null : SeedIds.ToGuid(seedId);

    private static void ThrowIfFailed(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding development user {userName} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    // Fictional development accounts only: these user names are not personal data.
    [LoggerMessage(Level = LogLevel.Information, Message = "Development {Role} users: {UserNames} — sign in with {SignInWith}")]
    private partial void LogDevelopmentUsers(string role, string userNames, string signInWith);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:DevelopmentPassword is not set: development staff users were created without a password and cannot sign in")]
    private partial void LogNoPassword();
}
