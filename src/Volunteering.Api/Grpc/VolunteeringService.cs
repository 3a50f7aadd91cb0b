using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Volunteering;
using GrpcVolunteering = SocialPrescribing.Contracts.Volunteering.Volunteering;

namespace SocialPrescribing.Volunteering.Grpc;

public sealed class VolunteeringService(VolunteeringContext db) : GrpcVolunteering.VolunteeringBase
{
    private const int MaxPageSize = 500;

    public override async Task<GetAvailableVolunteersResponse> GetAvailableVolunteers(GetAvailableVolunteersRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {MaxPageSize}."));
        }
        var after = Guid.TryParse(request.AfterVolunteerId, out var parsed) ? parsed : Guid.Empty;
        var page = await db.Volunteers.AsNoTracking()
            .Where(v => v.CurrentCaseload < v.CaseloadLimit && v.Id.CompareTo(after) > 0)
            .OrderBy(v => v.Id)
            .Take(request.PageSize)
            .ToListAsync(context.CancellationToken);
        return new GetAvailableVolunteersResponse
        {
            Volunteers =
            {
                page.Select(v => new AvailableVolunteer
                {
                    VolunteerId = v.Id.ToString(),
                    PostcodeDistrict = v.PostcodeDistrict,
                    Roles = { v.Roles },
                    FreeCaseload = v.FreeCaseload,
                }),
            },
            NextAfterVolunteerId = page.Count == request.PageSize ? page[^1].Id.ToString() : "",
        };
    }
}
