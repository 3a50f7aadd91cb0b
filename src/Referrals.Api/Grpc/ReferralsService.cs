using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Model;
using GrpcReferrals = SocialPrescribing.Contracts.Referrals.Referrals;

namespace SocialPrescribing.Referrals.Grpc;

/// <summary>What other services may ask about a referral: the facts matching needs, never who the person is.</summary>
[Authorize(Policy = ReferralPolicies.MatchingProfiles)]
public sealed class ReferralsService(ReferralsContext db, TimeProvider time) : GrpcReferrals.ReferralsBase
{
    public const int MaxPageSize = 500;

    public override async Task<MatchingProfile> GetMatchingProfile(GetMatchingProfileRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReferralId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.ReferralId}' is not a referral id."));
        }
        var found = await WithPeople(db.Referrals.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Referral {id} does not exist."));
        var connected = await ConnectedCandidatesAsync([found.Person.Id], context.CancellationToken);
        return ToProfile(found.Referral, found.Person, UkToday(), connected);
    }

    public override async Task<MatchingProfilesPage> GetOpenMatchingProfilesPage(OpenMatchingProfilesPageRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {MaxPageSize}; it was {request.PageSize}."));
        }
        var after = Guid.Empty;
        if (request.AfterReferralId.Length > 0 && !Guid.TryParse(request.AfterReferralId, out after))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.AfterReferralId}' is not a referral id."));
        }
        // Guids compare in PostgreSQL's uuid order on the server, so the cursor is the last id seen.
        var open = db.Referrals.AsNoTracking().Where(r => r.Status != ReferralStatus.Closed && r.Id.CompareTo(after) > 0);
        var rows = await WithPeople(open).OrderBy(x => x.Referral.Id).Take(request.PageSize + 1).ToListAsync(context.CancellationToken);
        var today = UkToday();
        var shown = rows.Take(request.PageSize).ToList();
        var connected = await ConnectedCandidatesAsync([.. shown.Select(x => x.Person.Id).Distinct()], context.CancellationToken);
        var page = new MatchingProfilesPage { Profiles = { shown.Select(x => ToProfile(x.Referral, x.Person, today, connected)) } };
        if (rows.Count > request.PageSize)
        {
            page.NextAfterReferralId = rows[request.PageSize - 1].Referral.Id.ToString();
        }
        return page;
    }

    private IQueryable<ReferralWithPerson> WithPeople(IQueryable<ReferralRecord> referrals) =>
        referrals.Join(db.People, r => r.PersonId, p => p.Id, (referral, person) => new ReferralWithPerson { Referral = referral, Person = person });

    /// <summary>Every activity and volunteer each person has, or had, a connection to, on any of their referrals.</summary>
    private async Task<ILookup<Guid, Guid>> ConnectedCandidatesAsync(IReadOnlyList<Guid> personIds, CancellationToken cancellationToken) =>
        (await db.Connections.AsNoTracking().Where(c => personIds.Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.TargetId }).Distinct().ToListAsync(cancellationToken))
        .ToLookup(c => c.PersonId, c => c.TargetId);

    private DateOnly UkToday() => WorkingDays.UkDateOf(time.GetUtcNow());

    private static MatchingProfile ToProfile(ReferralRecord referral, PersonRecord person, DateOnly today, ILookup<Guid, Guid> connected)
    {
        var profile = new MatchingProfile
        {
            ReferralId = referral.Id.ToString(),
            PostcodeDistrict = person.PostcodeDistrict,
            NeedTermIds = { referral.NeedTermIds },
            InterestTermIds = { referral.InterestTermIds },
            Languages = { person.FirstLanguage },
            NeedsInterpreter = person.NeedsInterpreter,
            AccessibilityNeeds = { person.AccessibilityNeeds.Select(Code) },
            Age = person.ToDomain().AgeOn(today),
            Status = referral.Status.ToString(),
            TeamId = referral.TeamId.ToString(),
            IsCarer = person.IsCarer,
            ReceivedAt = Timestamp.FromDateTimeOffset(referral.ReceivedAt),
            ConnectedCandidateIds = { connected[person.Id].Select(id => id.ToString()) },
            Availability =
            {
                referral.Availability.Select(slot => new Contracts.Referrals.FreeTime
                {
                    Day = slot.Day,
                    Start = slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    End = slot.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                }),
            },
        };
        if (referral.Travel is { } travel)
        {
            profile.TravelModes.AddRange(travel.Modes);
            if (travel.MaxKm is { } km)
            {
                profile.MaxTravelKm = km;
            }
        }
        return profile;
    }

    /// <summary>The directory's kebab-case codes ("step-free-access") for the domain's names.</summary>
    private static string Code(AccessibilityNeed value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    // Member initialisation, not a constructor, so EF can still order by the referral's id after the join.
    private sealed class ReferralWithPerson
    {
        public required ReferralRecord Referral { get; init; }
        public required PersonRecord Person { get; init; }
    }
}
