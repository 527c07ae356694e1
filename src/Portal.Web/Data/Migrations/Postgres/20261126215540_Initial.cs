using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountabilityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountabilityRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Forms = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WindowMonths = table.Column<int>(type: "integer", nullable: true),
                    MinSeverity = table.Column<int>(type: "integer", nullable: true),
                    LeadershipOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Ground = table.Column<int>(type: "integer", nullable: false),
                    NameVi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemovedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumbers",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumbers", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "CheckPlans",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckPlans", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MaxPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_Criteria_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    DutyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Expanded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Duration = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ExtensionNote = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PausesOnSuspension = table.Column<bool>(type: "boolean", nullable: false),
                    AlertPlan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "50%:handler 80%:handler due:head +1:head +3:director"),
                    ExtensionPlan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: ""),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrawExclusionGrounds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrawExclusionGrounds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityThresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsLeadership = table.Column<bool>(type: "boolean", nullable: false),
                    DeclaresAssets = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PassMarkPercent = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivesReports = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerificationDraws",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EligibleList = table.Column<string>(type: "text", nullable: false),
                    EligibleSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DrawnBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCount = table.Column<int>(type: "integer", nullable: false),
                    ExcludedByGround = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RecentlyVerified = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationDraws", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriterionScores",
                columns: table => new
                {
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionScores", x => x.CriterionId);
                    table.ForeignKey(
                        name: "FK_CriterionScores_Criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DrawExclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroundCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrawExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrawExclusions_DrawExclusionGrounds_GroundCode",
                        column: x => x.GroundCode,
                        principalTable: "DrawExclusionGrounds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PositionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodYears = table.Column<int>(type: "integer", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationPositions_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuizQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Options = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Correct = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuizQuestions_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingMaterials_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelPublications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Medium = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelPublications_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CheckedUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlannedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedTo = table.Column<DateOnly>(type: "date", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ConclusionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConclusionNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConclusionSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Checks_Units_CheckedUnitId",
                        column: x => x.CheckedUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inboxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inboxes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inboxes_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Track = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Origin = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ReceivingUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LookupHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentKeyForInbox = table.Column<byte[]>(type: "bytea", nullable: true),
                    InInbox = table.Column<bool>(type: "boolean", nullable: false),
                    ContentKeyForReporter = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReporterPublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false),
                    Identity = table.Column<byte[]>(type: "bytea", nullable: true),
                    IdentityKeyForReporter = table.Column<byte[]>(type: "bytea", nullable: true),
                    IdentityKeyForVault = table.Column<byte[]>(type: "bytea", nullable: true),
                    ProtectionRequested = table.Column<bool>(type: "boolean", nullable: false),
                    Protection = table.Column<int>(type: "integer", nullable: false),
                    ProtectionReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OriginalsKeyForVault = table.Column<byte[]>(type: "bytea", nullable: true),
                    OriginalsKeyForReporter = table.Column<byte[]>(type: "bytea", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    DestroyedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.CheckConstraint("CK_Reports_InInbox", "\"InInbox\" = (\"ContentKeyForInbox\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Reports_Units_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PositionId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitRole = table.Column<int>(type: "integer", nullable: false),
                    LineManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SensitivePost = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StaffMembers_StaffMembers_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAudiences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    PositionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAudiences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAudiences_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAudiences_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAudiences_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerificationSelections",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationSelections", x => new { x.Year, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_VerificationSelections_VerificationDraws_Year",
                        column: x => x.Year,
                        principalTable: "VerificationDraws",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseAssignments",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAssignments", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CaseAssignments_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PausedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Extensions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseClocks_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    FromStage = table.Column<int>(type: "integer", nullable: false),
                    ToStage = table.Column<int>(type: "integer", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LegalGround = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Detail = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseKeys",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    GrantedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseKeys", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CaseKeys_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    FirstId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => new { x.FirstId, x.SecondId });
                    table.ForeignKey(
                        name: "FK_CaseLinks_Reports_FirstId",
                        column: x => x.FirstId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Reports_SecondId",
                        column: x => x.SecondId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRecusals",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserTag = table.Column<byte[]>(type: "bytea", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecusals", x => new { x.ReportId, x.UserTag });
                    table.ForeignKey(
                        name: "FK_CaseRecusals_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictConfirmations",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictConfirmations", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ConflictConfirmations_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdentityRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityRequests_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendedActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Immediate = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<byte[]>(type: "bytea", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendedActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendedActions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CiphertextLength = table.Column<long>(type: "bigint", nullable: false),
                    EncryptedName = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedContentType = table.Column<byte[]>(type: "bytea", nullable: false),
                    FileKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsOriginal = table.Column<bool>(type: "boolean", nullable: false),
                    CleanedCopyId = table.Column<Guid>(type: "uuid", nullable: true),
                    EncryptedRemoved = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAttachments_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIdentityKeys",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedKey = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIdentityKeys", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ReportIdentityKeys_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportMessages_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSignInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CheckTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: false),
                    NoConflictConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckTeamMembers_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckTeamMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConflictReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwareOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Task = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedLate = table.Column<bool>(type: "boolean", nullable: false),
                    HeadStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    NotifyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictReports_StaffMembers_ReporterStaffId",
                        column: x => x.ReporterStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationDues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstReminderOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstReminderBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SecondReminderOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondReminderBy = table.Column<Guid>(type: "uuid", nullable: true),
                    FlaggedToHeadOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeadStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationDues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationDues_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarantStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarantUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentKeyForDeclarant = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentKeyForReviewers = table.Column<byte[]>(type: "bytea", nullable: true),
                    ContentKeyForControlBody = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CorrectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandOverDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandedOverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationMethod = table.Column<int>(type: "integer", nullable: false),
                    PublishedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingPresent = table.Column<int>(type: "integer", nullable: true),
                    MeetingSummoned = table.Column<int>(type: "integer", nullable: true),
                    Change = table.Column<int>(type: "integer", nullable: false),
                    ComparedWithId = table.Column<Guid>(type: "uuid", nullable: true),
                    ThresholdFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_StaffMembers_DeclarantStaffId",
                        column: x => x.DeclarantStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Leadership = table.Column<bool>(type: "boolean", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    TermRuleCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HeadResponsibilityId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnnulledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnulReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Duties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Duties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Duties_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Duties_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "GiftReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Giver = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GiverOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EstimatedValueVnd = table.Column<long>(type: "bigint", nullable: false),
                    ReportDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedLate = table.Column<bool>(type: "boolean", nullable: false),
                    HandedInOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValuationVnd = table.Column<long>(type: "bigint", nullable: true),
                    Disposition = table.Column<int>(type: "integer", nullable: false),
                    DisposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProceedsVnd = table.Column<long>(type: "bigint", nullable: true),
                    GiverNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftReports_StaffMembers_RecipientStaffId",
                        column: x => x.RecipientStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HeadResponsibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HeadStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    ConsiderationDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedLate = table.Column<bool>(type: "boolean", nullable: false),
                    OutcomeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DisciplineRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadResponsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadResponsibilities_StaffMembers_HeadStaffId",
                        column: x => x.HeadStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadResponsibilities_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Loopholes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RuleOrProcess = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Proposal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FixedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Loopholes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Loopholes_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Loopholes_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAcknowledgements",
                columns: table => new
                {
                    PolicyVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAcknowledgements", x => new { x.PolicyVersionId, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_PolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeTasks_ProgrammeTasks_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ProgrammeTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeTasks_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProgrammeTasks_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuizAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScorePercent = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewFlags_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RotationAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    RotationPositionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldSince = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationAssignments_RotationPositions_RotationPositionId",
                        column: x => x.RotationPositionId,
                        principalTable: "RotationPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotationAssignments_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suspensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Ground = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedLate = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Extensions = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suspensions_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suspensions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAttendances",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAttendances", x => new { x.SessionId, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    InAudience = table.Column<bool>(type: "boolean", nullable: false),
                    AttendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BestScorePercent = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingParticipants_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingParticipants_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingParticipants_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClockAlertPoints",
                columns: table => new
                {
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockAlertPoints", x => new { x.ClockId, x.Round, x.Point });
                    table.ForeignKey(
                        name: "FK_ClockAlertPoints_CaseClocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "CaseClocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockExtensions_CaseClocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "CaseClocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InboxGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InboxId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedPrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    GrantedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InboxGrants_Inboxes_InboxId",
                        column: x => x.InboxId,
                        principalTable: "Inboxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LeaderDigests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Items = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaderDigests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeaderDigests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffKeys",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    PasswordWrap = table.Column<byte[]>(type: "bytea", nullable: false),
                    RecoveryWrap = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffKeys", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_StaffKeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationEvents_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationRevisions_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DutyAlertPoints",
                columns: table => new
                {
                    DutyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyAlertPoints", x => new { x.DutyId, x.Round, x.Point });
                    table.ForeignKey(
                        name: "FK_DutyAlertPoints_Duties_DutyId",
                        column: x => x.DutyId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    LoopholeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Loopholes_LoopholeId",
                        column: x => x.LoopholeId,
                        principalTable: "Loopholes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoopholeEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoopholeId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoopholeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoopholeEvents_Loopholes_LoopholeId",
                        column: x => x.LoopholeId,
                        principalTable: "Loopholes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_ProgrammeTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ProgrammeTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationExemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationExemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationExemptions_RotationAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "RotationAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AlertId = table.Column<long>(type: "bigint", nullable: true),
                    DigestId = table.Column<long>(type: "bigint", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_DeadlineAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "DeadlineAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_LeaderDigests_DigestId",
                        column: x => x.DigestId,
                        principalTable: "LeaderDigests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationProgress_CheckRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "CheckRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressEvidence_ProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveryId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DutyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RuleId = table.Column<int>(type: "integer", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DaysOverdue = table.Column<int>(type: "integer", nullable: false),
                    Assignees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DigestId = table.Column<long>(type: "bigint", nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AlertDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "AlertDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AccountabilityRules",
                columns: new[] { "Id", "Code", "EffectiveFrom", "EffectiveTo", "Forms", "Ground", "Kind", "LeadershipOnly", "LegalBasis", "MinSeverity", "NameEn", "NameVi", "Value", "WindowMonths" },
                values: new object[,]
                {
                    { 1, "discipline.in-force.Reprimand", new DateOnly(2020, 9, 25), null, "Reprimand", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo", null, "Reprimand: 12 months", "Khiển trách: 12 tháng", 12, null },
                    { 2, "discipline.in-force.Warning", new DateOnly(2020, 9, 25), null, "Warning", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo", null, "Warning: 12 months", "Cảnh cáo: 12 tháng", 12, null },
                    { 3, "discipline.in-force.SalaryDowngrade", new DateOnly(2020, 9, 25), null, "SalaryDowngrade", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo", null, "Salary downgrade: 18 months", "Hạ bậc lương: 18 tháng", 18, null },
                    { 4, "discipline.in-force.Demotion", new DateOnly(2020, 9, 25), null, "Demotion", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo", null, "Demotion: 18 months", "Giáng chức: 18 tháng", 18, null },
                    { 5, "discipline.in-force.Dismissal", new DateOnly(2020, 9, 25), null, "Dismissal", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo", null, "Removal from office: 18 months", "Cách chức: 18 tháng", 18, null },
                    { 10, "rotation.period.min", new DateOnly(2019, 8, 15), null, "", 0, 1, false, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)", null, "Job rotation period: shortest", "Thời hạn định kỳ chuyển đổi vị trí công tác: tối thiểu", 2, null },
                    { 11, "rotation.period.max", new DateOnly(2019, 8, 15), null, "", 0, 2, false, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)", null, "Job rotation period: longest", "Thời hạn định kỳ chuyển đổi vị trí công tác: tối đa", 5, null },
                    { 20, "review.two-reprimands", new DateOnly(2021, 11, 3), null, "Reprimand,Warning", 1, 3, true, "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo)", null, "Reprimanded or warned twice within one term of appointment", "Bị kỷ luật khiển trách hoặc cảnh cáo hai lần trong cùng một nhiệm kỳ, thời hạn bổ nhiệm", 2, 60 },
                    { 21, "review.warning-replace", new DateOnly(2021, 11, 3), null, "Warning", 1, 3, true, "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo)", null, "Warned: consider whether the post needs someone else", "Bị kỷ luật cảnh cáo: xem xét yêu cầu nhiệm vụ có cần thay thế không", 1, 12 },
                    { 22, "review.serious-in-unit", new DateOnly(2021, 11, 3), null, "", 2, 3, true, "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo); Nghị định 59/2019/NĐ-CP, Điều 79", 2, "Serious or worse corruption in the unit under one's direct charge", "Để đơn vị do mình trực tiếp phụ trách xảy ra tham nhũng, tiêu cực từ mức nghiêm trọng", 1, 60 }
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "AlertPlan", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "ExtensionPlan", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 1, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.accept", 7, new DateOnly(2019, 7, 1), null, "Đến 10 ngày làm việc nếu phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền", "any:1x3wd", "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 1", "Decide whether to accept a denunciation", "Thụ lý hoặc không thụ lý tố cáo", false, 0, 1L },
                    { 2, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.forward", 5, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 2", "Forward a denunciation outside competence and notify", "Chuyển tố cáo không thuộc thẩm quyền và thông báo", false, 0, 1L },
                    { 3, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.notify-accepted", 5, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 29 khoản 3", "Notify acceptance to the denouncer and the person denounced", "Thông báo việc thụ lý cho người tố cáo và người bị tố cáo", false, 0, 1L },
                    { 4, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.settle", 30, new DateOnly(2019, 7, 1), null, "Phức tạp: gia hạn một lần 30 ngày; đặc biệt phức tạp: gia hạn hai lần, mỗi lần 30 ngày", "complex:1x30d especially-complex:2x30d", "Luật Tố cáo 25/2018/QH14, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3", "Settle a denunciation", "Giải quyết tố cáo", true, 1, 1L },
                    { 5, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.send-suspension", 5, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 34", "Send a suspension or termination decision", "Gửi quyết định tạm đình chỉ, đình chỉ", false, 0, 1L },
                    { 6, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.send-conclusion", 5, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 35 khoản 3", "Send the conclusion and notify the denouncer", "Gửi kết luận, thông báo cho người tố cáo", false, 0, 1L },
                    { 7, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.act-on-conclusion", 7, new DateOnly(2019, 7, 1), null, "Có dấu hiệu tội phạm: chuyển ngay cơ quan điều tra", "", "Luật Tố cáo 25/2018/QH14, Điều 36", "Act on the conclusion", "Xử lý theo kết luận nội dung tố cáo", false, 0, 1L },
                    { 8, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.publish", 7, new DateOnly(2019, 7, 1), null, "Niêm yết ít nhất 15 ngày liên tục", "", "Luật Tố cáo 25/2018/QH14, Điều 40", "Publish the conclusion", "Công khai kết luận nội dung tố cáo", false, 0, 1L },
                    { 9, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.forwarded-report", 20, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 26 khoản 2", "Report back on a denunciation forwarded by the press or an authority", "Báo cáo kết quả tố cáo do báo chí, cơ quan chuyển đến", false, 1, 1L },
                    { 10, "50%:handler 80%:handler due:head +1:head +3:director", "denunciation.review", 20, new DateOnly(2019, 7, 1), null, null, "", "Luật Tố cáo 25/2018/QH14, Điều 37", "Review a repeated denunciation", "Xem xét tố cáo tiếp", false, 1, 1L },
                    { 11, "50%:handler 80%:handler due:head +1:head +3:director", "petition.intake-outcome", 10, new DateOnly(2019, 7, 1), null, null, "", "Luật Tiếp công dân 42/2013/QH13, Điều 28", "Tell the citizen the outcome of intake", "Thông báo kết quả tiếp nhận kiến nghị, phản ánh", false, 0, 1L },
                    { 12, "50%:handler 80%:handler due:head +1:head +3:director", "complaint.accept", 10, new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Có thể thành 7 ngày làm việc từ 01/7/2026 (cần kiểm tra)", "", "Luật Khiếu nại 02/2011/QH13, Điều 27; Thông tư 07/2013/TT-TTCP", "Accept a complaint", "Thụ lý khiếu nại", false, 0, 1L },
                    { 13, "50%:handler 80%:handler due:head +1:head +3:director", "complaint.settle", 30, new DateOnly(2019, 7, 1), null, "Phức tạp: 45 ngày; vùng sâu, vùng xa: 45/60 ngày", "complex:1x15d", "Luật Khiếu nại 02/2011/QH13, Điều 28", "Settle a first complaint", "Giải quyết khiếu nại lần đầu", false, 1, 1L },
                    { 14, "50%:handler 80%:handler due:head +1:head +3:director", "staff-report.handle", 15, new DateOnly(2019, 7, 1), null, "Phức tạp: 30 ngày", "complex:1x15d", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 66", "Handle a staff report of corruption", "Xử lý báo cáo về hành vi tham nhũng", false, 1, 1L },
                    { 15, "50%:handler 80%:handler due:head +1:head +3:director", "conflict.report", 5, new DateOnly(2019, 7, 1), null, null, "", "Nghị định 59/2019/NĐ-CP, Điều 30–31", "Report a conflict of interest", "Báo cáo xung đột lợi ích", false, 0, 1L },
                    { 16, "50%:handler 80%:handler due:head +1:head +3:director", "gift.report", 5, new DateOnly(2019, 7, 1), null, null, "", "Nghị định 59/2019/NĐ-CP, Điều 26", "Report and hand in a gift that could not be refused", "Báo cáo và nộp lại quà tặng không từ chối được", false, 0, 1L },
                    { 17, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.first", 10, new DateOnly(2019, 7, 1), null, null, "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36", "First asset declaration after placement", "Kê khai tài sản lần đầu", false, 1, 1L },
                    { 18, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.correct", 7, new DateOnly(2019, 7, 1), null, null, "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38", "Correct a declaration", "Bổ sung, giải trình bản kê khai", false, 1, 1L },
                    { 19, "50%:handler 80%:handler due:head +1:head +3:director", "suspension.decide", 5, new DateOnly(2019, 7, 1), null, "Thời hạn tạm đình chỉ: 90 ngày", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 71 khoản 4; Nghị định 59/2019/NĐ-CP, các điều về tạm đình chỉ, tạm thời chuyển vị trí công tác (số điều cần đối chiếu công báo)", "Decide a temporary suspension or transfer", "Quyết định tạm đình chỉ, chuyển vị trí công tác", false, 0, 1L },
                    { 20, "50%:handler 80%:handler due:head +1:head +3:director", "heads-responsibility.consider", 30, new DateOnly(2019, 7, 1), null, null, "", "Nghị định 59/2019/NĐ-CP, Điều 79", "Consider a head's responsibility", "Xem xét trách nhiệm người đứng đầu", false, 0, 1L },
                    { 21, "50%:handler 80%:handler due:head +1:head +3:director", "anonymous.triage", 7, new DateOnly(2019, 7, 1), null, null, "", "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)", "Triage anonymous information", "Phân loại thông tin nặc danh", false, 0, 1L },
                    { 22, "50%:handler 80%:handler due:head +1:head +3:director", "anonymous.check", 60, new DateOnly(2019, 7, 1), null, null, "", "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)", "Check anonymous information", "Kiểm tra thông tin nặc danh", true, 1, 1L },
                    { 23, "50%:handler 80%:handler due:head +1:head +3:director", "complaint.accept", 7, new DateOnly(2026, 7, 1), null, "Cần đối chiếu văn bản hợp nhất chính thức", "", "Luật Khiếu nại 02/2011/QH13, Điều 27 (sửa đổi bởi Luật 136/2025/QH15)", "Accept a complaint", "Thụ lý khiếu nại", false, 0, 1L },
                    { 24, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.appointment", 10, new DateOnly(2019, 7, 1), null, "Tính ngược từ ngày dự kiến bổ nhiệm", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 4", "Declaration for an appointment (days before it)", "Kê khai tài sản phục vụ bổ nhiệm (chậm nhất trước ngày bổ nhiệm)", false, 1, 1L },
                    { 25, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.handover", 20, new DateOnly(2019, 7, 1), null, null, "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38", "Hand the declaration to the control body", "Bàn giao bản kê khai cho cơ quan kiểm soát tài sản, thu nhập", false, 1, 1L },
                    { 26, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.publish", 5, new DateOnly(2019, 7, 1), null, "Niêm yết ít nhất 15 ngày hoặc công bố tại cuộc họp có ít nhất 2/3 số người được triệu tập", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 39; Nghị định 130/2020/NĐ-CP, Điều 11", "Publish the declaration", "Công khai bản kê khai", false, 1, 1L },
                    { 27, "50%:handler 80%:handler due:head +1:head +3:director", "conflict.decide", 5, new DateOnly(2019, 7, 1), null, null, "", "Nghị định 59/2019/NĐ-CP, Điều 31", "The head decides on a conflict of interest", "Người đứng đầu quyết định xử lý xung đột lợi ích", false, 0, 1L },
                    { 28, "50%:handler 80%:handler due:head +1:head +3:director", "conflict.notify", 5, new DateOnly(2019, 7, 1), null, null, "", "Nghị định 59/2019/NĐ-CP, Điều 31", "Notify the decision on a conflict of interest", "Thông báo quyết định xử lý xung đột lợi ích", false, 0, 1L },
                    { 29, "50%:handler 80%:handler due:head +1:head +3:director", "policy.acknowledge", 10, new DateOnly(2019, 7, 1), null, null, "", "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 20)", "Acknowledge a code of conduct or policy", "Xác nhận đã đọc quy tắc ứng xử, quy định", false, 0, 1L },
                    { 30, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.annual", 365, new DateOnly(2019, 7, 1), null, "Hạn cố định: ngày làm việc cuối cùng trước 31/12, không tính từ sự kiện", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2, 3; Nghị định 130/2020/NĐ-CP, Điều 10", "Annual or supplementary declaration (before 31 December)", "Kê khai tài sản hằng năm, bổ sung (trước ngày 31/12)", false, 1, 1L },
                    { 31, "50%:handler 80%:handler due:head +1:head +3:director", "programme.task", 30, new DateOnly(2019, 7, 1), null, "Hạn do Chương trình ấn định cho từng nhiệm vụ", "", "Chương trình công tác phòng, chống tham nhũng hằng năm của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14)", "Task of the anti-corruption programme", "Nhiệm vụ theo Chương trình phòng, chống tham nhũng", false, 1, 1L },
                    { 32, "80%:handler due:handler +1:head +3:director", "suspension.term", 90, new DateOnly(2019, 7, 1), null, "Tính cả ngày bắt đầu và ngày kết thúc; kéo dài một lần, không quá 90 ngày: cần đối chiếu công báo", "any:1x90d", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 71 khoản 4; Nghị định 59/2019/NĐ-CP, các điều về tạm đình chỉ, tạm thời chuyển vị trí công tác (số điều cần đối chiếu công báo)", "Term of a temporary suspension or transfer", "Thời hạn tạm đình chỉ, tạm thời chuyển vị trí công tác", false, 1, 1L },
                    { 33, "due:head +1:head +20:director", "rotation.rotate", 730, new DateOnly(2019, 7, 1), null, "Thời hạn theo từng vị trí trong danh mục, từ đủ 02 năm đến 05 năm; ngày đến hạn do mô-đun tính", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)", "Periodic job rotation", "Định kỳ chuyển đổi vị trí công tác", false, 1, 1L },
                    { 40, "50%:handler 80%:handler due:head +1:head +3:director", "check.recommendation", 60, new DateOnly(2019, 7, 1), null, "Thời hạn theo kết luận kiểm tra; quá hạn thì báo người đứng đầu đơn vị, rồi Giám đốc Sở", "", "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, mục kiểm tra, tự kiểm tra – số điều cần đối chiếu công báo; hướng dẫn của Thanh tra Chính phủ)", "Carry out a check's recommendation (when the conclusion sets no date)", "Thực hiện kiến nghị sau kiểm tra (khi kết luận không ấn định thời hạn)", false, 1, 1L },
                    { 45, "50%:handler 80%:handler due:head +1:head +3:director", "training.attend", 30, new DateOnly(2019, 7, 1), null, null, "", "Quy định nội bộ của Sở Y tế (Chương trình phòng, chống tham nhũng, nhiệm vụ 8: tuyên truyền, phổ biến pháp luật)", "Attend a mandatory anti-corruption training", "Tham dự lớp tập huấn bắt buộc về phòng, chống tham nhũng", false, 1, 1L }
                });

            migrationBuilder.InsertData(
                table: "DrawExclusionGrounds",
                columns: new[] { "Code", "IsActive", "LegalBasis", "NameEn", "NameVi", "SortOrder" },
                values: new object[,]
                {
                    { "leaving", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Leaving or moving out of the Department in the verification year", "Thôi việc hoặc chuyển công tác ra ngoài Sở trong năm xác minh", 4 },
                    { "long-leave", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Long sick or maternity leave in the verification year", "Nghỉ ốm dài ngày, nghỉ thai sản trong năm xác minh", 1 },
                    { "retiring", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Retiring in the verification year", "Nghỉ hưu trong năm xác minh", 3 },
                    { "suspended", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Suspended from duty or under disciplinary review", "Đang bị tạm đình chỉ công tác hoặc đang bị xem xét kỷ luật", 2 },
                    { "unspecified", false, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Recorded before the list of grounds existed (reason in the note)", "Ghi nhận trước khi có danh mục căn cứ (lý do ở phần ghi chú)", 99 },
                    { "verified-for-cause", true, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 41 (xác minh khi có căn cứ); Nghị định 130/2020/NĐ-CP", "Already being verified for cause", "Đang được xác minh tài sản, thu nhập vì có căn cứ khác", 5 }
                });

            migrationBuilder.InsertData(
                table: "IntegrityThresholds",
                columns: new[] { "Id", "AmountVnd", "Code", "EffectiveFrom", "EffectiveTo", "LegalBasis" },
                values: new object[,]
                {
                    { 1, 50000000L, "declaration.movable-asset", new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 khoản 1" },
                    { 2, 150000000L, "declaration.movable-asset", new DateOnly(2026, 7, 1), null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 (sửa đổi bởi Luật 132/2025/QH15)" },
                    { 3, 300000000L, "declaration.increase", new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2" },
                    { 4, 1000000000L, "declaration.increase", new DateOnly(2026, 7, 1), null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 (sửa đổi bởi Luật 132/2025/QH15)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityEvents_SubjectId",
                table: "AccountabilityEvents",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityRules_Code_EffectiveFrom",
                table: "AccountabilityRules",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_AlertId_UserId_Channel",
                table: "AlertDeliveries",
                columns: new[] { "AlertId", "UserId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_DigestId_UserId_Channel",
                table: "AlertDeliveries",
                columns: new[] { "DigestId", "UserId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_State_NextAttemptAt",
                table: "AlertDeliveries",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_UserId",
                table: "AlertDeliveries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffMemberId",
                table: "AspNetUsers",
                column: "StaffMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorUserId_Id",
                table: "AuditEntries",
                columns: new[] { "ActorUserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PreviousHash",
                table: "AuditEntries",
                column: "PreviousHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Subject_Id",
                table: "AuditEntries",
                columns: new[] { "Subject", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Date",
                table: "CalendarOverrides",
                column: "Date",
                unique: true,
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_UserId",
                table: "CaseAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Extensions",
                table: "CaseClocks",
                columns: new[] { "Extensions", "StartedOn", "StoppedOn", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Rates",
                table: "CaseClocks",
                columns: new[] { "DueOn", "PausedOn", "StoppedOn", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ReportId_StoppedOn",
                table: "CaseClocks",
                columns: new[] { "ReportId", "StoppedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_StoppedOn_DueOn",
                table: "CaseClocks",
                columns: new[] { "StoppedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_ReportId_At",
                table: "CaseEvents",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseKeys_UserId",
                table: "CaseKeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_SecondId",
                table: "CaseLinks",
                column: "SecondId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_ReportId_CreatedAt",
                table: "CaseNotes",
                columns: new[] { "ReportId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecusals_UserTag",
                table: "CaseRecusals",
                column: "UserTag");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPublications_PublishedOn",
                table: "ChannelPublications",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPublications_UnitId",
                table: "ChannelPublications",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_CheckId_Number",
                table: "CheckRecommendations",
                columns: new[] { "CheckId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_LoopholeId",
                table: "CheckRecommendations",
                column: "LoopholeId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_OwnerStaffId",
                table: "CheckRecommendations",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_OwnerUnitId",
                table: "CheckRecommendations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Checks_CheckedUnitId",
                table: "Checks",
                column: "CheckedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Code",
                table: "Checks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Year_Kind_Number",
                table: "Checks",
                columns: new[] { "Year", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckTeamMembers_CheckId_StaffMemberId",
                table: "CheckTeamMembers",
                columns: new[] { "CheckId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckTeamMembers_StaffMemberId",
                table: "CheckTeamMembers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockAlertPoints_On",
                table: "ClockAlertPoints",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_ClockExtensions_ClockId",
                table: "ClockExtensions",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockExtensions_ReportId_State",
                table: "ClockExtensions",
                columns: new[] { "ReportId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictReports_HeadStaffId",
                table: "ConflictReports",
                column: "HeadStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictReports_ReporterStaffId",
                table: "ConflictReports",
                column: "ReporterStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_ParentId",
                table: "Criteria",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_Year_Code",
                table: "Criteria",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_ClockId_Round_Point",
                table: "DeadlineAlerts",
                columns: new[] { "ClockId", "Round", "Point" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_Expanded",
                table: "DeadlineAlerts",
                column: "Expanded",
                filter: "\"Expanded\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRules_Code_EffectiveFrom",
                table: "DeadlineRules",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationDues_DueOn",
                table: "DeclarationDues",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationDues_StaffMemberId_PeriodKey",
                table: "DeclarationDues",
                columns: new[] { "StaffMemberId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationEvents_DeclarationId",
                table: "DeclarationEvents",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationRevisions_DeclarationId_Number",
                table: "DeclarationRevisions",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeclarantStaffId_PeriodKey",
                table: "Declarations",
                columns: new[] { "DeclarantStaffId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeclarantUserId",
                table: "Declarations",
                column: "DeclarantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_UnitId",
                table: "Declarations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_Code",
                table: "DisciplineRecords",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_StaffMemberId",
                table: "DisciplineRecords",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_UnitId",
                table: "DisciplineRecords",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DrawExclusions_GroundCode",
                table: "DrawExclusions",
                column: "GroundCode");

            migrationBuilder.CreateIndex(
                name: "IX_DrawExclusions_Year_StaffMemberId",
                table: "DrawExclusions",
                columns: new[] { "Year", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Duties_DueOn",
                table: "Duties",
                column: "DueOn",
                filter: "\"DoneOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_Kind_SubjectId",
                table: "Duties",
                columns: new[] { "Kind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Duties_OwnerStaffId",
                table: "Duties",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_UnitId",
                table: "Duties",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyAlertPoints_On",
                table: "DutyAlertPoints",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_GiftReports_RecipientStaffId",
                table: "GiftReports",
                column: "RecipientStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_GiftReports_UnitId",
                table: "GiftReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_Code",
                table: "HeadResponsibilities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_HeadStaffId_SourceReference",
                table: "HeadResponsibilities",
                columns: new[] { "HeadStaffId", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_UnitId",
                table: "HeadResponsibilities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRequests_ReportId",
                table: "IdentityRequests",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRequests_State_RequestedAt",
                table: "IdentityRequests",
                columns: new[] { "State", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inboxes_UnitId",
                table: "Inboxes",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxGrants_InboxId_UserId",
                table: "InboxGrants",
                columns: new[] { "InboxId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxGrants_UserId",
                table: "InboxGrants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityThresholds_Code_EffectiveFrom",
                table: "IntegrityThresholds",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDigests_UserId_Day",
                table: "LeaderDigests",
                columns: new[] { "UserId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoopholeEvents_LoopholeId",
                table: "LoopholeEvents",
                column: "LoopholeId");

            migrationBuilder.CreateIndex(
                name: "IX_Loopholes_OwnerStaffId",
                table: "Loopholes",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Loopholes_OwnerUnitId",
                table: "Loopholes",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Loopholes_Status",
                table: "Loopholes",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DeliveryId",
                table: "Notifications",
                column: "DeliveryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Code",
                table: "Policies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAcknowledgements_StaffMemberId",
                table: "PolicyAcknowledgements",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_PolicyId_Number",
                table: "PolicyVersions",
                columns: new[] { "PolicyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_Code",
                table: "Positions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTasks_DueOn",
                table: "ProgrammeTasks",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTasks_OwnerStaffId",
                table: "ProgrammeTasks",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTasks_OwnerUnitId",
                table: "ProgrammeTasks",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTasks_ParentId",
                table: "ProgrammeTasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTasks_Year_Code",
                table: "ProgrammeTasks",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEvidence_ReportId",
                table: "ProgressEvidence",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_TaskId_ReportedOn",
                table: "ProgressReports",
                columns: new[] { "TaskId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_StaffMemberId",
                table: "QuizAttempts",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_TrainingId_StaffMemberId",
                table: "QuizAttempts",
                columns: new[] { "TrainingId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_TrainingId_Number",
                table: "QuizQuestions",
                columns: new[] { "TrainingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationProgress_RecommendationId",
                table: "RecommendationProgress",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendedActions_ReportId",
                table: "RecommendedActions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportAttachments_ReportId",
                table: "ReportAttachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportAttachments_StoredName",
                table: "ReportAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportMessages_ReportId_Sequence",
                table: "ReportMessages",
                columns: new[] { "ReportId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CaseCode",
                table: "Reports",
                column: "CaseCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Inbox",
                table: "Reports",
                columns: new[] { "ReceivingUnitId", "InInbox", "Stage", "ClosedOn", "DueOn", "ReceivedOn", "CaseCode", "Id", "DestroyedOn", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Live",
                table: "Reports",
                columns: new[] { "Id", "ReceivingUnitId", "Stage", "DestroyedOn", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_LookupHash",
                table: "Reports",
                column: "LookupHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Pressing",
                table: "Reports",
                columns: new[] { "DueOn", "CaseCode", "ReceivingUnitId", "Stage", "ClosedOn", "DestroyedOn", "MergedIntoId", "Id" },
                filter: "\"ClosedOn\" IS NULL AND \"DestroyedOn\" IS NULL AND \"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFlags_StaffMemberId_RuleCode",
                table: "ReviewFlags",
                columns: new[] { "StaffMemberId", "RuleCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_Code",
                table: "RotationAssignments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_RotationPositionId",
                table: "RotationAssignments",
                column: "RotationPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_StaffMemberId",
                table: "RotationAssignments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationExemptions_AssignmentId",
                table: "RotationExemptions",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationPositions_PositionId",
                table: "RotationPositions",
                column: "PositionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_FullName",
                table: "StaffMembers",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_LineManagerId",
                table: "StaffMembers",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_OneHeadPerUnit",
                table: "StaffMembers",
                column: "UnitId",
                unique: true,
                filter: "\"UnitRole\" = 2 AND \"IsActive\"");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_PositionId",
                table: "StaffMembers",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_Code",
                table: "Suspensions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_StaffMemberId",
                table: "Suspensions",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_UnitId",
                table: "Suspensions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_StaffMemberId",
                table: "TrainingAttendances",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_TrainingId",
                table: "TrainingAttendances",
                column: "TrainingId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAudiences_PositionId",
                table: "TrainingAudiences",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAudiences_TrainingId",
                table: "TrainingAudiences",
                column: "TrainingId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAudiences_UnitId",
                table: "TrainingAudiences",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMaterials_TrainingId",
                table: "TrainingMaterials",
                column: "TrainingId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingParticipants_StaffMemberId",
                table: "TrainingParticipants",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingParticipants_TrainingId_StaffMemberId",
                table: "TrainingParticipants",
                columns: new[] { "TrainingId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingParticipants_UnitId",
                table: "TrainingParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_Code",
                table: "Trainings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_Year",
                table: "Trainings",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_HeldOn",
                table: "TrainingSessions",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_TrainingId",
                table: "TrainingSessions",
                column: "TrainingId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountabilityEvents");

            migrationBuilder.DropTable(
                name: "AccountabilityRules");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssessmentYears");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarOverrides");

            migrationBuilder.DropTable(
                name: "CaseAssignments");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseKeys");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseNumbers");

            migrationBuilder.DropTable(
                name: "CaseRecusals");

            migrationBuilder.DropTable(
                name: "ChannelPublications");

            migrationBuilder.DropTable(
                name: "CheckPlans");

            migrationBuilder.DropTable(
                name: "CheckTeamMembers");

            migrationBuilder.DropTable(
                name: "ClockAlertPoints");

            migrationBuilder.DropTable(
                name: "ClockExtensions");

            migrationBuilder.DropTable(
                name: "ConflictConfirmations");

            migrationBuilder.DropTable(
                name: "ConflictReports");

            migrationBuilder.DropTable(
                name: "CriterionScores");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeadlineRules");

            migrationBuilder.DropTable(
                name: "DeclarationDues");

            migrationBuilder.DropTable(
                name: "DeclarationEvents");

            migrationBuilder.DropTable(
                name: "DeclarationRevisions");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "DrawExclusions");

            migrationBuilder.DropTable(
                name: "DutyAlertPoints");

            migrationBuilder.DropTable(
                name: "GiftReports");

            migrationBuilder.DropTable(
                name: "HeadResponsibilities");

            migrationBuilder.DropTable(
                name: "IdentityRequests");

            migrationBuilder.DropTable(
                name: "InboxGrants");

            migrationBuilder.DropTable(
                name: "IntegrityThresholds");

            migrationBuilder.DropTable(
                name: "LoopholeEvents");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PolicyAcknowledgements");

            migrationBuilder.DropTable(
                name: "ProgressEvidence");

            migrationBuilder.DropTable(
                name: "QuizAttempts");

            migrationBuilder.DropTable(
                name: "QuizQuestions");

            migrationBuilder.DropTable(
                name: "RecommendationProgress");

            migrationBuilder.DropTable(
                name: "RecommendedActions");

            migrationBuilder.DropTable(
                name: "ReportAttachments");

            migrationBuilder.DropTable(
                name: "ReportIdentityKeys");

            migrationBuilder.DropTable(
                name: "ReportMessages");

            migrationBuilder.DropTable(
                name: "ReviewFlags");

            migrationBuilder.DropTable(
                name: "RotationExemptions");

            migrationBuilder.DropTable(
                name: "StaffKeys");

            migrationBuilder.DropTable(
                name: "Suspensions");

            migrationBuilder.DropTable(
                name: "TrainingAttendances");

            migrationBuilder.DropTable(
                name: "TrainingAudiences");

            migrationBuilder.DropTable(
                name: "TrainingMaterials");

            migrationBuilder.DropTable(
                name: "TrainingParticipants");

            migrationBuilder.DropTable(
                name: "VerificationSelections");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CaseClocks");

            migrationBuilder.DropTable(
                name: "Criteria");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "DrawExclusionGrounds");

            migrationBuilder.DropTable(
                name: "Duties");

            migrationBuilder.DropTable(
                name: "Inboxes");

            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "CheckRecommendations");

            migrationBuilder.DropTable(
                name: "RotationAssignments");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "VerificationDraws");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "DeadlineAlerts");

            migrationBuilder.DropTable(
                name: "LeaderDigests");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DropTable(
                name: "ProgrammeTasks");

            migrationBuilder.DropTable(
                name: "Checks");

            migrationBuilder.DropTable(
                name: "Loopholes");

            migrationBuilder.DropTable(
                name: "RotationPositions");

            migrationBuilder.DropTable(
                name: "Trainings");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
