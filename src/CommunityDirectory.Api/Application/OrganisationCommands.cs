using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SocialPrescribing.CommunityDirectory.Application;

public sealed class OrganisationCommands(DirectoryContext db, TimeProvider time)
{
    /// <summary>
    /// Registers the caller's organisation, or updates it (then If-Match is required). A second
    /// organisation with the same charity number is refused: it is almost always a duplicate listing.
    /// </summary>
    public async Task<CommandResult<Organisation>> SaveAsync(Guid organisationId, OrganisationRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var (details, errors) = OrganisationRequestValidator.Validate(request);
        if (details is null)
        {
            return CommandResult<Organisation>.Invalid(errors);
        }

        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is not null)
        {
            IfMatch.Ensure(ifMatch, organisation.Version);
        }
        if (details.CharityNumber is { } charityNumber
            && await db.Organisations.AnyAsync(o => o.CharityNumber == charityNumber && o.Id != organisationId, cancellationToken))
        {
            return DuplicateCharity(charityNumber);
        }

        var now = time.GetUtcNow();
        var created = organisation is null;
        if (organisation is null)
        {
            organisation = new Organisation { Id = organisationId, Name = details.Name, CreatedAt = now };
            db.Organisations.Add(organisation);
        }
        organisation.Apply(details, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
                                           && unique.ConstraintName?.Contains(nameof(Organisation.CharityNumber), StringComparison.Ordinal) == true)
        {
            // Two registrations raced past the check above; the unique index let only one in.
            return DuplicateCharity(details.CharityNumber!);
        }
        return created ? CommandResult<Organisation>.Created(organisation) : CommandResult<Organisation>.Done(organisation);
    }

    private static CommandResult<Organisation> DuplicateCharity(string charityNumber) =>
        CommandResult<Organisation>.Conflict("charityNumber", $"An organisation with charity number {charityNumber} is already listed; ask its administrator to add you.");
}
