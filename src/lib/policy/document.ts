/**
 * The policy the portal tracks, as typed data: Shiyan's implementation opinions on follow-up support for
 * poverty-alleviation relocation (2019-09-16), with the notice that issued them.
 *
 * The text comes from a damaged capture of the page that published it. Gambling spam and the old site's
 * frame are left out; characters lost in capture are restored in square brackets, and every restoration
 * is listed in `EDITORIAL_NOTES` with what was supplied and why. Half-width commas, colons, semicolons and
 * parentheses of the capture are written full-width, as the original document has them.
 */
import type { IndicatorId } from "../indicators/registry.ts";

/** The editor's note that opens the Chinese page: where the text comes from and how it was cleaned. */
export const POLICY_EDITORS_NOTE_ZH =
  "编者按：本文是十堰市扶贫攻坚领导小组2019年9月16日印发的《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》及其印发通知的全文，据2019年9月20日发布于十堰市人民政府扶贫开发办公室网站的网页整理。所据网页副本混入了与原文无关的内容，连同网站的栏目导航、页脚均已删去。该副本有缺字和缺漏的标点：以浅色底纹和虚线标出的文字和标点是整理时据上下文补入的，点按可看该处说明，全部说明列于文末“编者注”；原文的半角逗号、冒号、分号和括号改为全角；各条措施的首句列为小标题。除此以外，文字未作改动。如与原件不符，以原件为准。";

/** The note that opens the English page: it is a summary, and the Chinese text is authoritative. */
export const POLICY_SUMMARY_NOTE_EN =
  "This page is an unofficial English summary of the Implementation Opinions on Further Strengthening Follow-up Support for Poverty-Alleviation Relocation, issued by the Shiyan City Leading Group for Poverty Alleviation on 16 September 2019 and published on 20 September 2019. It summarises each part and measure; it is not a translation. The Chinese text is authoritative: the Chinese page gives it in full, with every character that was lost from the surviving copy and restored by the editors marked and explained.";

/** Where in the document a passage sits: the notice, the title line, the preamble, a part or a measure. */
export type PolicyLocation = "notice" | "title" | "preamble" | `part-${number}` | `measure-${number}`;

/** Facts about the document; dates are `YYYY-MM-DD`, `null` where the text gives nothing. */
export interface PolicyMeta {
  /** The full title, as the notice and the attachment line give it. */
  readonly titleZh: string;
  readonly titleEn: string;
  /** The attachment's own title line as captured, with its lost ending restored in brackets. */
  readonly titleLineZh: string;
  readonly noticeTitleZh: string;
  readonly noticeTitleEn: string;
  readonly issuerZh: string;
  readonly issuerEn: string;
  /** Date the notice was signed (成文日期). */
  readonly issued: string;
  /** Date the page carrying it was published. */
  readonly published: string;
  /** The notice's own document number; the captured text gives none. */
  readonly documentNumber: string | null;
  /** The provincial document the opinions implement. */
  readonly basis: {
    readonly titleZh: string;
    readonly titleEn: string;
    readonly issuerZh: string;
    readonly issuerEn: string;
    readonly documentNumber: string;
  };
  /** The office whose website published the page (its 主办单位). */
  readonly publisherZh: string;
  readonly publisherEn: string;
  readonly sourceNoteZh: string;
  readonly sourceNoteEn: string;
}

/** The cover notice that issued the opinions; strings carry bracketed restorations. */
export interface PolicyNotice {
  readonly addresseesZh: string;
  readonly paragraphsZh: readonly string[];
  readonly attachmentZh: string;
  readonly signatureZh: string;
  readonly dateZh: string;
  readonly summaryEn: string;
}

/** One of the six parts (一 … 六). */
export interface PolicyPart {
  /** 1 to 6. */
  readonly number: number;
  readonly anchor: `part-${number}`;
  readonly titleZh: string;
  /** The heading as the document prints it, with its numeral; a lost numeral is restored in brackets. */
  readonly headingZh: string;
  readonly titleEn: string;
  /** The part's own text; empty when everything in it is a numbered measure. */
  readonly textZh: readonly string[];
  /** English summary of the part's own text; `null` when it has none. */
  readonly summaryEn: string | null;
}

/** One of the 16 numbered measures. */
export interface PolicyMeasure {
  /** 1 to 16. */
  readonly number: number;
  /** The part (2 to 6) the measure belongs to. */
  readonly part: number;
  readonly anchor: `measure-${number}`;
  /** The measure's lead sentence, without its full stop. */
  readonly titleZh: string;
  readonly titleEn: string;
  /** The rest of the measure, one string a paragraph, with bracketed restorations. */
  readonly textZh: readonly string[];
  /** A faithful English summary of what the measure requires. */
  readonly summaryEn: string;
  /** The indicators that track the measure (each indicator's `measure`); empty when it sets nothing countable. */
  readonly indicators: readonly IndicatorId[];
}

/** One place where the editors supplied characters lost in capture. */
export interface EditorialNote {
  readonly id: string;
  readonly location: PolicyLocation;
  /** The passage verbatim as captured (half-width punctuation and all). */
  readonly captured: string;
  /** The same passage as published, the supplied characters in square brackets; unique in the document. */
  readonly restored: string;
  /** The characters supplied, in order. */
  readonly supplied: readonly string[];
  /** The footnote shown with the text: what was restored and why. */
  readonly footnoteZh: string;
  readonly whyEn: string;
}

/** Facts about the document and where the text comes from. */
export const POLICY_META: PolicyMeta = {
  titleZh: "关于进一步加强易地扶贫搬迁后续扶持工作的实施意见",
  titleEn:
    "Implementation Opinions on Further Strengthening Follow-up Support for Poverty-Alleviation Relocation",
  titleLineZh: "关于进一步加强易地扶贫搬迁后续扶持工作的[实施意见]",
  noticeTitleZh: "关于印发《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》的通知",
  noticeTitleEn:
    "Notice on issuing the Implementation Opinions on Further Strengthening Follow-up Support for Poverty-Alleviation Relocation",
  issuerZh: "十堰市扶贫攻坚领导小组",
  issuerEn: "Shiyan City Leading Group for Poverty Alleviation",
  issued: "2019-09-16",
  published: "2019-09-20",
  documentNumber: null,
  basis: {
    titleZh: "关于加强和完善易地扶贫搬迁后续扶持工作的实施意见",
    titleEn:
      "Implementation Opinions on Strengthening and Improving Follow-up Support for Poverty-Alleviation Relocation",
    issuerZh: "湖北省扶贫攻坚领导小组",
    issuerEn: "Hubei Provincial Leading Group for Poverty Alleviation",
    documentNumber: "鄂扶组发〔2019〕10号",
  },
  publisherZh: "十堰市人民政府扶贫开发办公室",
  publisherEn: "Poverty Alleviation and Development Office of the Shiyan Municipal People's Government",
  sourceNoteZh:
    "据2019年9月20日发布于十堰市人民政府扶贫开发办公室网站的网页整理。所据网页副本混入了与原文无关的内容，连同网站的栏目导航、页脚均已删去；缺字和缺漏的标点据上下文补入，以浅色底纹标明，并逐处加注。",
  sourceNoteEn:
    "Transcribed from the page published on 20 September 2019 on the website of the Shiyan poverty alleviation office. Content injected into the captured copy and the old site's navigation and footer were removed; characters and punctuation lost in capture were restored from context, lightly marked, each with a note.",
};

/** The cover notice, with its addressees, text, attachment line, signature and date. */
export const POLICY_NOTICE: PolicyNotice = {
  addresseesZh: "[各县]（市、区）扶贫攻坚领导小组、市扶贫攻坚领导小组成员单位[：]",
  paragraphsZh: [
    "根据省扶贫攻坚领导小组印发《关于加强和完善易地扶贫搬迁后续扶持工作的实施意见[》]（鄂扶组发[〔]2019[〕]10[号]）文件精神，为实现搬迁群众[“]搬得出、稳得住、能脱贫”，特制定《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》，现印发你们，请认真抓好贯彻落实。",
  ],
  attachmentZh: "附：关于进一步加强易地扶贫搬迁后续扶持工作的实施意见",
  signatureZh: "十堰市扶贫攻坚领导小组",
  dateZh: "2019[年]9[月]16[日]",
  summaryEn:
    "On 16 September 2019 the Shiyan City Leading Group for Poverty Alleviation sent these implementation opinions to the leading groups of the counties (county-level cities, districts) and to its own member units. They follow the provincial leading group's opinions on strengthening and improving follow-up support for relocation (鄂扶组发〔2019〕10号) and aim to ensure that relocated people can move out, stay settled and escape poverty; recipients are asked to carry them out conscientiously.",
};

/** The preamble of the opinions, before part 一, one string a paragraph. */
export const POLICY_PREAMBLE: readonly string[] = [
  "易地扶贫搬迁是精准扶贫工程的重要组成部分，是打赢脱贫攻坚战的关键举措。2016年以来，全市上下坚持把易地扶贫搬迁作为脱贫攻坚的[“]标志性工程”来抓，顺利完成全市35.5[万]人的搬迁安置[，]取得了重要成效，但后续扶持任务仍然艰巨。为贯彻落实新时期国家易地扶贫搬迁决策部署，牢牢把握“搬迁是手段、脱贫是目的”的根本要求，坚决打赢易地扶贫搬迁攻坚战，结合我市实际，特制定如下实施意见[。]",
];

/** English summary of the preamble. */
export const POLICY_PREAMBLE_SUMMARY_EN =
  "Relocation is an important part of targeted poverty alleviation and a key to winning the fight against poverty. Since 2016 the city has treated it as a flagship project and has relocated and resettled 355,000 people, with important results, but follow-up support remains a heavy task. To carry out the national decisions on relocation in the new period and the principle that relocation is the means and escaping poverty the goal, the city issues these implementation opinions.";

/** The six parts, in order. */
export const POLICY_PARTS: readonly PolicyPart[] = [
  {
    number: 1,
    anchor: "part-1",
    titleZh: "总体要求",
    headingZh: "一、总体要求",
    titleEn: "General requirements",
    textZh: [
      "[以]习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记关于扶贫工作的重要论述，全面贯彻落实中央、国务院决策部署和省委、省政府工作要求，将搬迁群众脱贫发展融入脱贫攻坚大扶贫格局，统筹脱贫攻坚各类资金资源，切实加大对已搬迁群众的后续扶持力度。通过强有力的后续扶持措施，促进安置区产业加快发展、搬迁群众稳定就业、社区治理水平不断提高、群众生活条件显著改善、获得感和安全感大幅提升，确保搬迁群众搬得出、稳得住、能脱贫，确保易地扶贫搬迁工程经得起历史和人民的检验，为全面建成小康社会打下坚实基础。",
    ],
    summaryEn:
      "Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era and by the decisions of the central authorities and the provincial Party committee and government, the work folds relocated people's development into the wider poverty-alleviation effort and pools all poverty-alleviation funds and resources to step up follow-up support for people already relocated. Strong follow-up measures are to speed up industry in resettlement areas, give relocated people stable jobs, improve community governance and living conditions and raise their sense of gain and security, so that relocated people can move out, stay settled and escape poverty, and the programme stands the test of history and of the people.",
  },
  {
    number: 2,
    anchor: "part-2",
    titleZh: "发展安置点后续产业",
    headingZh: "二、发展安置点后续产业",
    titleEn: "Develop follow-up industries at resettlement sites",
    textZh: [],
    summaryEn: null,
  },
  {
    number: 3,
    anchor: "part-3",
    titleZh: "促进搬迁群众稳定就业",
    headingZh: "三、促进搬迁群众稳定就业",
    titleEn: "Promote stable employment of relocated people",
    textZh: [],
    summaryEn: null,
  },
  {
    number: 4,
    anchor: "part-4",
    titleZh: "提升安置区管理服务水平",
    headingZh: "四、提升安置区管理服务水平",
    titleEn: "Improve management and services in resettlement areas",
    textZh: [],
    summaryEn: null,
  },
  {
    number: 5,
    anchor: "part-5",
    titleZh: "保障搬迁群众权益",
    headingZh: "五、保障搬迁群众权益",
    titleEn: "Safeguard the rights and interests of relocated people",
    textZh: [],
    summaryEn: null,
  },
  {
    number: 6,
    anchor: "part-6",
    titleZh: "强化后续扶持工作保障措施",
    headingZh: "[六、]强化后续扶持工作保障措施",
    titleEn: "Strengthen the safeguards for follow-up support",
    textZh: [],
    summaryEn: null,
  },
];

/** The 16 numbered measures, in order. */
export const POLICY_MEASURES: readonly PolicyMeasure[] = [
  {
    number: 1,
    part: 2,
    anchor: "measure-1",
    titleZh: "制定安置点后续产业规划",
    titleEn: "Draw up follow-up industry plans for resettlement sites",
    textZh: [
      "各地应将易地扶贫搬迁后续产业发展纳入产业扶贫总体规划，与经济社会发展规划、国土空间规划、乡村振兴规划和美丽乡村规划相结合。对于大中型安置区，要着眼长远、因地制宜，以县（市、区）为单位制定后续产业发展规划，明确产业发展重点和实施路径、配套支持政策等，建立项目库，与安置点国土空间规划、工程建设规划统筹安排、一体推进。对于小型安置点，要以乡镇为单位制定后续产业发展具体实施方案，落实具体帮扶措施。",
    ],
    summaryEn:
      "Follow-up industry for relocation is to be part of each locality's overall plan for poverty alleviation through industry and to fit its economic and social development, territorial spatial, rural revitalization and beautiful-village plans. For large and medium resettlement areas a follow-up industry development plan is to be drawn up at county (city, district) level, setting priorities, implementation paths and supporting policies and building a project pool, coordinated with the sites' spatial and construction plans. For small sites a specific implementation plan is to be drawn up at township level, with concrete assistance measures.",
    indicators: ["industry-plan-coverage"],
  },
  {
    number: 2,
    part: 2,
    anchor: "measure-2",
    titleZh: "扶持特色产业",
    titleEn: "Support distinctive local industries",
    textZh: [
      "大力发展见效快、收益好的现代特色高效农业[、]农产品加工流通业、扶贫车间[、]乡村旅游业等，让搬迁群众能稳定增加收入，根本解决脱贫问题。一方面，要大力发展茶叶、柑橘、中药材、核桃、蔬菜、食用菌、畜禽养殖等特色产业，抓基地建设，促规模经营，鼓励搬迁户以土地、资金、设施设备等方式入股受益[。]另一方面，支持安置点发展光伏扶贫、旅游扶贫[、]电商扶贫，积极开展文化旅游名镇、名村、星级农家乐、旅游民宿等创建活动，开展“互联网+扶贫”行动，推进一二三产业融合发展。通过扶持特色产业发展，确保每个安置点至少有1项主导产业辐射带动。",
    ],
    summaryEn:
      "Develop quick-return, high-yield modern specialty agriculture, farm-produce processing and distribution, poverty-alleviation workshops and rural tourism so that relocated people's incomes rise steadily. On the one hand, grow specialty industries such as tea, citrus, medicinal herbs, walnuts, vegetables, edible fungi and livestock and poultry, with relocated households encouraged to take shares with their land, funds or equipment; on the other, support solar, tourism and e-commerce poverty-alleviation projects at the sites, campaigns to create renowned cultural-tourism towns and villages, star-rated farm stays and homestays and 'Internet + poverty alleviation'. Every resettlement site must be served by at least one leading industry.",
    indicators: ["leading-industry-coverage"],
  },
  {
    number: 3,
    part: 2,
    anchor: "measure-3",
    titleZh: "建立利益联结机制",
    titleEn: "Build mechanisms that link relocated households to the benefits of industry",
    textZh: [
      "大力引进龙头企业，鼓励村集体经济组织、能人大户创办专业合作社，建设安置后续产业基地（园区），带动搬迁群众发展产业。各地应积极探索符合自身发展需要的产业帮扶模式[，]坚持市场主导、群众主体，深化资源变资产、资金变股份、农民变股东改革，大力推行政府、企业、农户新型合作模式，建立完善经营主体[与]搬迁贫困户联动发展的利益联结机制，实现搬迁户与特色产业发展的有机衔接，确保搬迁群众从产业发展中获得稳定收益。",
    ],
    summaryEn:
      "Attract leading enterprises and encourage village collective economic organisations and capable large households to set up specialised cooperatives and build follow-up industry bases (parks) that bring relocated people into production. Localities are to find support models that suit them, led by the market with the people as the main actors, deepening the reform that turns resources into assets, funds into shares and farmers into shareholders and promoting government–enterprise–household partnerships. Mechanisms linking business operators with relocated poor households are to ensure that relocated people earn a stable income from industry.",
    indicators: ["benefit-linkage-rate"],
  },
  {
    number: 4,
    part: 3,
    anchor: "measure-4",
    titleZh: "加强劳动技能培训",
    titleEn: "Strengthen vocational skills training",
    textZh: [
      "[以]16周岁以上、有劳动能力的搬迁人口为重点，统筹培训资源，创新培训模式，加大培训力度[，]拓展培训内容，结合搬迁群众技能水平、就业需求和市场需要，分批分类开展“订单式”“定向式”技能培训[，]确保有劳动能力的搬迁群众每年至少接[受]1次劳动技能培训，通过技能培训至少掌握1项就业技能[。]",
    ],
    summaryEn:
      "Training focuses on relocated people aged 16 and over who are able to work: pool training resources, find new ways to train, train more and more broadly, and run 'order-based' and 'targeted' skills training in batches and by category, matched to people's skills, their job needs and the market. Every relocated person able to work must receive skills training at least once a year and master at least one employable skill through it.",
    indicators: ["training-coverage"],
  },
  {
    number: 5,
    part: 3,
    anchor: "measure-5",
    titleZh: "广泛开辟就业渠道",
    titleEn: "Open up many channels to employment",
    textZh: [
      "对有意愿到县外就业的人员，建立输出地政府与输入地政府、接纳企业的对接机制，有计划、有组织地输出劳动力到外地务工。对已在县外、省外稳定务工就业的，要逐户逐人建立就业台账，做好跟踪服务，支持务工人员长期稳定就业。对有意愿在县内就业的人员，主动对接农业园区、工业园区、旅游景区等用工需求，积极推荐就近就业。对于精准扶贫对象认定为就业困难人员的，可结合实际开发公益性岗位增加劳务收入。具备条件的安置点利用现有的厂房、门面、场地创办扶贫车间，优先安排搬迁贫困劳动力就业[。]200人以上的安置点至少应新建1个扶贫车间。通过各种途径，最终实现有劳动能力和就业意愿的搬迁户中每户至少有1人实现稳定就业。",
    ],
    summaryEn:
      "For people willing to work outside their county, sending and receiving governments and employers are to set up links for organised labour export, and a household-by-household, person-by-person register with follow-up services is to be kept for those already in stable work outside the county or province; people who want to work in the county are to be recommended for jobs nearby in agricultural and industrial parks and tourist sites, and public-welfare jobs may be created for those recognised as having difficulty finding work. Sites with the means are to set up poverty-alleviation workshops in existing factory buildings, shopfronts and yards, giving priority to relocated poor workers, and every site of 200 or more persons must build at least one new workshop. In the end, every relocated household that has members able and willing to work must have at least one person in stable employment.",
    indicators: ["household-employment", "workshop-coverage-200-plus"],
  },
  {
    number: 6,
    part: 3,
    anchor: "measure-6",
    titleZh: "加强指导服务",
    titleEn: "Strengthen employment guidance and services",
    textZh: [
      "一是要有就业指导服务机构。将公共就业服务机构建设纳入易地扶贫搬迁后续公共服务配套设施建设统筹考虑，对于大中型安置点，要专门成立搬迁群众就业指导服务中心，明确专人负责，落实经费保障；小型安置点由所在村（社区）负责，设置就业指导服务站，负责年度培训计划制定、就业岗位需求信息搜集、搬迁户就业推荐指导等工作。二是要摸清搬迁户劳动力底数。要组织专班对安置点内所有搬迁户的劳动能力状况、就业状况、技能水平、就业意愿全面调查摸底，掌握搬迁户劳动力底数。同时，根据调查摸底情况，建立详细台账，及时对搬迁群众进行后续就业服务管理。对于分散安置对象，各地也要建立健全就业管理台账，完善就业情况动态跟踪机制，加强就业帮扶。三是强化就业指导服务保障。各地应建立大型安置点推送岗位信息常态化机制，通过配备查询设备、微博微信客户端、就业大篷车等多种方式，送政策、送岗位、送服务，精准推荐就业岗位和职业培训信息。要定期在大型安置点召开专场招聘会，有条件的地方可开通远程招聘面试系统，方便搬迁群众求职就业。",
    ],
    summaryEn:
      "Large and medium sites must set up a dedicated employment guidance and service centre with designated staff and secured funding; at small sites the village (community) they belong to sets up an employment guidance service station that plans the year's training, collects job vacancies and recommends relocated people for jobs. A dedicated team is to survey every relocated household at the sites for its members' ability to work, employment, skills and wishes and keep detailed registers, as localities must also do for people resettled in scattered housing. Job and training information is to be pushed to large sites regularly (information terminals, Weibo and WeChat, mobile job fairs), with regular job fairs held at large sites and, where possible, remote interviewing.",
    indicators: ["employment-service-coverage"],
  },
  {
    number: 7,
    part: 4,
    anchor: "measure-7",
    titleZh: "完善配套基础设施和公共服务设施",
    titleEn: "Complete the supporting infrastructure and public-service facilities",
    textZh: [
      "按照“缺什么补什么”的原则，集约建设安置点配套基础设施和公共服务设施。对于进中心村安置对象，要完善安置点水、电、路、网等基础设施和公共服务设施；同时，要对照“七个一”配套标准，因地制宜，补齐附属设施短板，切实解决贫困群众搬迁后“吃菜难、吃肉难”和农具无处堆放等问题，方便搬迁户生产生活。对于进城、进镇安置对象，要按照城镇标准补齐安置点配套设施和公共服务短板，确保搬迁群众和城镇原住居民享有同等的基础设施和基本公共服务。",
    ],
    summaryEn:
      "Supporting infrastructure and public-service facilities are to be built in a resource-saving way on the principle of supplying whatever is missing. For people resettled in central villages, the sites' water, power, roads, network and public services are to be completed and, following the 'seven ones' standard, the gaps in ancillary facilities filled, so that relocated people no longer find it hard to get vegetables and meat or have nowhere to store farm tools. For people resettled in cities and towns, facilities and public services are to be brought up to urban standards, so that relocated people enjoy the same infrastructure and basic public services as long-standing urban residents.",
    indicators: ["facility-completeness"],
  },
  {
    number: 8,
    part: 4,
    anchor: "measure-8",
    titleZh: "提高集中安置点管理水平",
    titleEn: "Raise the standard of management at centralised sites",
    textZh: [
      "安置点小区管理要做到“三有”：有机构、有人员、有制度。对于[大型（]800人以上）安置点，按程序单独成立村（社区），明确组织体系，落实管理人员与经费，提高管理水平；对于小型安置点，按照属地管理原则，由所在村或社区统一安排人员负责小区管理，管理人员可以是单独设置的公益性岗位，也可以由村组干部或本村已有的保洁员、护路员、护林员等公益性岗位人员兼任。应制定相关管理制度和村规民约，民主推举中心户长，积极引导搬迁户自我管理、自我服务、自助互助。根据安置点规模和治安情况，合理设置警务室、执勤点，选派警力加强安置区治安综合防控。",
    ],
    summaryEn:
      "The management of every site's residential compound must meet the 'three haves': a managing body, staff and rules. Large sites (800 persons or more) are to become villages (communities) of their own by due procedure, with an organisational structure, managers and funding; at small sites the village or community they belong to assigns people to manage the compound, either in a dedicated public-welfare post or alongside an existing role such as village cadre, cleaner, road warden or forest ranger. Rules and village covenants are to be adopted, household group leaders chosen democratically and self-management encouraged, and police rooms or duty posts set up according to each site's size and public-security situation.",
    indicators: ["three-haves-rate", "independent-community-800-plus"],
  },
  {
    number: 9,
    part: 4,
    anchor: "measure-9",
    titleZh: "加强集中安置点党组织建设",
    titleEn: "Strengthen Party organisations at centralised sites",
    textZh: [
      "由所在村（社区）管理的安置点，应根据搬迁户发展党员情况成立党小组；单独成立村（社区）的安置点，应及时按程序成立党支部。搬迁户党组织关系应及时转入迁入地党组织。强化党员教育、管理和监督，严格落实“三会一课”、民主评议党员、谈心谈话等基本制度，开好支部主题党日活动，保障搬迁户中党员的权利，引导搬迁户积极履行党员义务，充分发挥搬迁户中党员的先锋模范作用。",
    ],
    summaryEn:
      "A site managed by the village (community) it lies in is to form a Party group according to the Party members among its relocated households; a site set up as a village (community) of its own is to form a Party branch promptly by due procedure. Relocated members' Party membership is to be transferred promptly to the Party organisation where they now live, and the education, management and supervision of members (the 'three meetings and one lesson', appraisals, heart-to-heart talks, themed Party days) strictly carried out, protecting members' rights and encouraging them to set an example.",
    indicators: ["party-organization-coverage"],
  },
  {
    number: 10,
    part: 4,
    anchor: "measure-10",
    titleZh: "促进搬迁群众融入新社区新环境",
    titleEn: "Help relocated people settle into their new communities",
    textZh: [
      "组织动员县乡干部与搬迁群众结对子，加强搬迁户教育引导，倡导文明新风，大力推进移风易俗，解决搬迁群众生活融入问题。鼓励群团组织、社会组织、社会工作者、志愿者等，积极开展生活融入、心理疏导、邻里互助、健康养老等社区服务工作。推进公共文化资源重点向安置区倾斜，为搬迁群众提供更多更好的公共文化服务。组织开展安置点文明创建，结合实际开展“双十星家庭”、“文明家庭”等评选活动，丰富搬迁群众精神文化生活。",
    ],
    summaryEn:
      "County and township cadres are to be paired with relocated people to guide them, promote civility and reform old customs, and help them settle into their new lives. Mass organisations, social organisations, social workers and volunteers are encouraged to provide community services such as help with settling in, counselling, neighbourly mutual aid, health care and care for the elderly. Public cultural resources are to be directed to resettlement areas, and civility campaigns such as 'double ten-star family' and 'civilised family' awards held at the sites.",
    indicators: [],
  },
  {
    number: 11,
    part: 5,
    anchor: "measure-11",
    titleZh: "依法办理搬迁安置房不动产权登记",
    titleEn: "Register property rights in resettlement housing according to law",
    textZh: [
      "保障搬迁群众对搬迁安置住房的合法权益，除特殊安置方式外，要按照法律法规和政策规定有序开展安置住房不动产权登记，核发不动产权证书。各地要研究制定易地扶贫搬迁安置住房登记和交易的具体管理办法，根据安置房土地性质和取得方式、安置方式的差异，分类解决安置房不动产权登记和交易管理问题。对于已办理不动产权登记的安置房，要区别安置房土地性质、交易对象，严格控制和规范安置房交易，交易限制期限原则上应不低于20年。",
    ],
    summaryEn:
      "To protect relocated people's lawful rights in their resettlement housing, the houses are to be registered and property certificates issued in an orderly way under laws, regulations and policy, except where a special form of resettlement applies. Localities are to draw up rules for registering and trading resettlement housing, settling registration and trading by category according to the nature of the land, how it was acquired and the form of resettlement. The trading of registered resettlement housing is to be strictly controlled and regulated according to the land and the buyer, with a transfer restriction that in principle lasts no less than 20 years.",
    indicators: ["property-certificate-rate", "transfer-restriction-violations"],
  },
  {
    number: 12,
    part: 5,
    anchor: "measure-12",
    titleZh: "切实维护搬迁群众基本权益",
    titleEn: "Protect relocated people's basic rights and interests",
    textZh: [
      "做好农村承包地确权登记颁证收尾工作，确保搬迁群众搬迁后原有承包地（耕地、林地等）依法享有的承包权益不变，能继续按规定享受退耕还林、森林生态效益补偿、耕地地力保护等各类农牧业补贴和生态补偿等政策。将搬迁群众及时纳入基本医疗保险、大病保险、养老保险范围，全面落实各项参保政策，实现应保尽保，切实保障搬迁群众各项社会权益。持续做好城乡低保、特困人员救助供养等社会救助兜底保障工作，及时将搬迁后符合条件的人员纳入救助范围。加大对符合条件的搬迁群众临时救助力度。按照群众自愿、积极稳妥的原则，引导搬迁群众将户口落户至迁入地。对自愿迁移户口的群众，公安部门应简化户口办理流程，积极办理相关手续。",
    ],
    summaryEn:
      "The confirmation, registration and certification of rural contracted land is to be completed so that relocated people keep their contract rights to their original farmland and forest land and go on receiving agricultural subsidies and ecological compensation, such as for returning farmland to forest, forest ecological benefits and farmland fertility protection. Relocated people are to be enrolled promptly in basic medical insurance, serious-illness insurance and pension insurance, so that everyone who should be insured is insured, and those who qualify brought promptly into subsistence allowances, support for people in extreme poverty and temporary assistance. On a voluntary and prudent basis, relocated people are to be guided to move their household registration (hukou) to where they now live, and the public security authorities are to simplify the procedure for those who choose to.",
    indicators: ["medical-insurance-rate", "pension-insurance-rate", "hukou-transfer-rate"],
  },
  {
    number: 13,
    part: 6,
    anchor: "measure-13",
    titleZh: "加强组织领导",
    titleEn: "Strengthen organisation and leadership",
    textZh: [
      "各级党委和政府要把易地扶贫搬迁后续扶持工作作为重大政治任务扛在肩上，牢固树立“四个意识”[，]严格落实[“]中央统筹、省负总责、市县抓落实”的管理体制和脱贫攻坚责任制，切实增强政治担当、责任担当和行动自觉，建立落实台账，压实各项责任，确保易地扶贫搬迁后续扶持各项工作落地落实。",
    ],
    summaryEn:
      "Party committees and governments at every level are to carry follow-up support for relocation as a major political task, hold firmly to the 'four consciousnesses' and strictly apply the management system in which the centre plans, the province takes overall responsibility and cities and counties implement, together with the responsibility system for poverty alleviation. They are to keep implementation registers and assign clear responsibilities so that every part of the follow-up support is carried out.",
    indicators: [],
  },
  {
    number: 14,
    part: 6,
    anchor: "measure-14",
    titleZh: "加大资金投入",
    titleEn: "Increase funding",
    textZh: [
      "各地要结合实际，出台易地扶贫搬迁结余资金使用管理办法，结余资金应由县级扶贫攻坚领导小组统筹用于搬迁后续扶持项目，重点支持为帮助搬迁群众在迁入地就业增收而建设的扶贫车间、产业园区、设施农业以及针对搬迁群众就业创业所采取的奖补措施。要多渠道整合筹措财政涉农资金、社会帮扶资金等，重点向安置点后续扶持倾斜。完善财政扶贫资金投入体系，健全与易地扶贫搬迁后续扶持工作相适应的投入保障机制。",
    ],
    summaryEn:
      "Localities are to issue rules for using the funds left over from relocation; the county-level poverty-alleviation leading group is to allocate these surplus funds to follow-up support projects, with priority for poverty-alleviation workshops, industrial parks and facility agriculture built to help relocated people find work and raise their incomes where they now live, and for awards and subsidies for their employment and entrepreneurship. Agriculture-related fiscal funds and funds contributed by society are to be pooled through many channels and directed first to follow-up support at the sites, within a fiscal funding system and guarantee mechanism suited to the work.",
    indicators: ["priority-fund-share"],
  },
  {
    number: 15,
    part: 6,
    anchor: "measure-15",
    titleZh: "发挥部门合力",
    titleEn: "Make departments work together",
    textZh: [
      "易地扶贫搬迁点多面广量大，涉及部门多，各地各部门要各司其职、各负其责、通力合作、协同推进。易地扶贫搬迁工作领导小组各成员单位要根据职责分工，加大政策、项目、资金支持和业务指导力度，确保易地扶贫搬迁后续扶持工作顺利推进。",
    ],
    summaryEn:
      "Relocation involves many sites over a wide area, large numbers of people and many departments, so every locality and department is to do its own part and work closely with the others. The member units of the relocation leading group are to give more policy, project and funding support and professional guidance according to their duties, so that follow-up support proceeds smoothly.",
    indicators: [],
  },
  {
    number: 16,
    part: 6,
    anchor: "measure-16",
    titleZh: "强化督导检查",
    titleEn: "Strengthen supervision and inspection",
    textZh: [
      "要加强对易地扶贫搬迁后续扶持工作的督导检查，及时跟踪易地扶贫搬迁后续产业发展和就业工作进展情况，协调解决工作推进中的困难和问题。坚持最严格的考核评估制度，加大问题查处和追责问责力度[，]力戒形式主义和官僚主义，做到工作务实、过程扎实、结果真实[。]",
    ],
    summaryEn:
      "Supervision and inspection of follow-up support are to be stepped up: progress on follow-up industries and employment is to be tracked promptly, and the difficulties and problems met along the way resolved. The strictest assessment and evaluation system is to apply, with more investigation of problems and holding to account, guarding against formalism and bureaucratism so that the work is practical, the process solid and the results true.",
    indicators: ["rectification-rate"],
  },
];

/** For each indicator, the sentence or clause of its measure that sets the requirement, quoted as published. */
// Partial: an indicator added later shows no clause until one is quoted here.
export const INDICATOR_CLAUSES: Readonly<Partial<Record<IndicatorId, string>>> = {
  "industry-plan-coverage":
    "对于大中型安置区，要着眼长远、因地制宜，以县（市、区）为单位制定后续产业发展规划，明确产业发展重点和实施路径、配套支持政策等，建立项目库，与安置点国土空间规划、工程建设规划统筹安排、一体推进。对于小型安置点，要以乡镇为单位制定后续产业发展具体实施方案，落实具体帮扶措施。",
  "leading-industry-coverage": "通过扶持特色产业发展，确保每个安置点至少有1项主导产业辐射带动。",
  "benefit-linkage-rate":
    "建立完善经营主体[与]搬迁贫困户联动发展的利益联结机制，实现搬迁户与特色产业发展的有机衔接，确保搬迁群众从产业发展中获得稳定收益。",
  "training-coverage":
    "确保有劳动能力的搬迁群众每年至少接[受]1次劳动技能培训，通过技能培训至少掌握1项就业技能[。]",
  "household-employment": "通过各种途径，最终实现有劳动能力和就业意愿的搬迁户中每户至少有1人实现稳定就业。",
  "workshop-coverage-200-plus": "200人以上的安置点至少应新建1个扶贫车间。",
  "employment-service-coverage":
    "对于大中型安置点，要专门成立搬迁群众就业指导服务中心，明确专人负责，落实经费保障；小型安置点由所在村（社区）负责，设置就业指导服务站，负责年度培训计划制定、就业岗位需求信息搜集、搬迁户就业推荐指导等工作。",
  "facility-completeness":
    "对于进中心村安置对象，要完善安置点水、电、路、网等基础设施和公共服务设施；同时，要对照“七个一”配套标准，因地制宜，补齐附属设施短板，切实解决贫困群众搬迁后“吃菜难、吃肉难”和农具无处堆放等问题，方便搬迁户生产生活。",
  "three-haves-rate": "安置点小区管理要做到“三有”：有机构、有人员、有制度。",
  "independent-community-800-plus":
    "对于[大型（]800人以上）安置点，按程序单独成立村（社区），明确组织体系，落实管理人员与经费，提高管理水平；",
  "party-organization-coverage":
    "由所在村（社区）管理的安置点，应根据搬迁户发展党员情况成立党小组；单独成立村（社区）的安置点，应及时按程序成立党支部。",
  "property-certificate-rate":
    "保障搬迁群众对搬迁安置住房的合法权益，除特殊安置方式外，要按照法律法规和政策规定有序开展安置住房不动产权登记，核发不动产权证书。",
  "transfer-restriction-violations":
    "对于已办理不动产权登记的安置房，要区别安置房土地性质、交易对象，严格控制和规范安置房交易，交易限制期限原则上应不低于20年。",
  "medical-insurance-rate":
    "将搬迁群众及时纳入基本医疗保险、大病保险、养老保险范围，全面落实各项参保政策，实现应保尽保，切实保障搬迁群众各项社会权益。",
  "pension-insurance-rate":
    "将搬迁群众及时纳入基本医疗保险、大病保险、养老保险范围，全面落实各项参保政策，实现应保尽保，切实保障搬迁群众各项社会权益。",
  "hukou-transfer-rate":
    "按照群众自愿、积极稳妥的原则，引导搬迁群众将户口落户至迁入地。对自愿迁移户口的群众，公安部门应简化户口办理流程，积极办理相关手续。",
  "priority-fund-share":
    "各地要结合实际，出台易地扶贫搬迁结余资金使用管理办法，结余资金应由县级扶贫攻坚领导小组统筹用于搬迁后续扶持项目，重点支持为帮助搬迁群众在迁入地就业增收而建设的扶贫车间、产业园区、设施农业以及针对搬迁群众就业创业所采取的奖补措施。",
  "rectification-rate":
    "坚持最严格的考核评估制度，加大问题查处和追责问责力度[，]力戒形式主义和官僚主义，做到工作务实、过程扎实、结果真实[。]",
};

const COMMA = "原文此处缺逗号，据文意补。";
const FULL_STOP = "原文此处缺句号，据文意补。";
const OPENING_QUOTE = "原文此处缺前引号，据与之配对的后引号补。";

/** Every place where characters lost in capture were restored, in the order they appear in the document. */
export const EDITORIAL_NOTES: readonly EditorialNote[] = [
  {
    id: "addressees",
    location: "notice",
    captured: "(市、区)扶贫攻坚领导小组、市扶贫攻坚领导小组成员单位",
    restored: "[各县]（市、区）扶贫攻坚领导小组、市扶贫攻坚领导小组成员单位[：]",
    supplied: ["各县", "："],
    footnoteZh: "原文主送机关缺开头的“各县”二字和末尾的冒号，据公文主送机关的通常写法补。",
    whyEn:
      "The addressee line lost its first two characters ('各县', the counties) and its closing colon; restored from the usual form of addressees.",
  },
  {
    id: "basis-document-number",
    location: "notice",
    captured: "实施意见(鄂扶组发201910",
    restored: "实施意见[》]（鄂扶组发[〔]2019[〕]10[号]",
    supplied: ["》", "〔", "〕", "号"],
    footnoteZh:
      "原文作“实施意见(鄂扶组发201910)”，缺书名号的后半和文号中的六角括号及“号”字，据书名号配对和公文文号的标准写法补。",
    whyEn:
      "The provincial document's title lost its closing title mark and its number lost the brackets and 号; restored from the standard form of document numbers.",
  },
  {
    id: "notice-quote",
    location: "notice",
    captured: "为实现搬迁群众搬得出",
    restored: "为实现搬迁群众[“]搬得出",
    supplied: ["“"],
    footnoteZh: OPENING_QUOTE,
    whyEn: "Opening quotation mark lost; its closing mark is present.",
  },
  {
    id: "notice-date",
    location: "notice",
    captured: "2019916",
    restored: "2019[年]9[月]16[日]",
    supplied: ["年", "月", "日"],
    footnoteZh: "原文作“2019916”，缺“年”“月”“日”三字，据成文日期的写法补；网页发布日期为2019年9月20日。",
    whyEn: "The signing date lost 年, 月 and 日; the page itself is dated 2019-09-20.",
  },
  {
    id: "title",
    location: "title",
    captured: "关于进一步加强易地扶贫搬迁后续扶持工作的",
    restored: "关于进一步加强易地扶贫搬迁后续扶持工作的[实施意见]",
    supplied: ["实施意见"],
    footnoteZh: "原文标题缺末尾“实施意见”四字，据通知标题和附件名称补。",
    whyEn: "The title line lost its ending; restored from the notice's title and the attachment line.",
  },
  {
    id: "preamble-quote",
    location: "preamble",
    captured: "脱贫攻坚的标志性工程",
    restored: "脱贫攻坚的[“]标志性工程",
    supplied: ["“"],
    footnoteZh: OPENING_QUOTE,
    whyEn: "Opening quotation mark lost; its closing mark is present.",
  },
  {
    id: "preamble-persons",
    location: "preamble",
    captured: "全市35.5人",
    restored: "全市35.5[万]人",
    supplied: ["万"],
    footnoteZh: "原文作“全市35.5人”，缺“万”字，据上下文补：全市搬迁安置的是35.5万人。",
    whyEn: "'35.5 persons' lost 万 (ten thousand): the city relocated 355,000 people.",
  },
  {
    id: "preamble-comma",
    location: "preamble",
    captured: "的搬迁安置取得了",
    restored: "的搬迁安置[，]取得了",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "preamble-end",
    location: "preamble",
    captured: "特制定如下实施意见",
    restored: "特制定如下实施意见[。]",
    supplied: ["。"],
    footnoteZh: FULL_STOP,
    whyEn: "Full stop lost at the end of the paragraph.",
  },
  {
    id: "part-1-opening",
    location: "part-1",
    captured: "习近平新时代中国特色社会主义思想为指导",
    restored: "[以]习近平新时代中国特色社会主义思想为指导",
    supplied: ["以"],
    footnoteZh: "原文此处缺“以”字，据文意补（“以……为指导”）。",
    whyEn: "The paragraph lost its first character, 以 ('taking … as the guide').",
  },
  {
    id: "measure-2-list",
    location: "measure-2",
    captured: "现代特色高效农业农产品加工流通业、扶贫车间乡村旅游业",
    restored: "现代特色高效农业[、]农产品加工流通业、扶贫车间[、]乡村旅游业",
    supplied: ["、", "、"],
    footnoteZh: "原文此处缺两个顿号，据文意补（四项为并列的产业）。",
    whyEn: "Two enumeration commas lost in a list of four industries.",
  },
  {
    id: "measure-2-full-stop",
    location: "measure-2",
    captured: "入股受益另一方面",
    restored: "入股受益[。]另一方面",
    supplied: ["。"],
    footnoteZh: "原文此处缺句号，据文意补（“一方面……另一方面……”为两句）。",
    whyEn: "Full stop lost between the 'on the one hand' and 'on the other' sentences.",
  },
  {
    id: "measure-2-enumeration",
    location: "measure-2",
    captured: "旅游扶贫电商扶贫",
    restored: "旅游扶贫[、]电商扶贫",
    supplied: ["、"],
    footnoteZh: "原文此处缺顿号，据文意补。",
    whyEn: "Enumeration comma lost.",
  },
  {
    id: "measure-3-comma",
    location: "measure-3",
    captured: "产业帮扶模式坚持",
    restored: "产业帮扶模式[，]坚持",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "measure-3-conjunction",
    location: "measure-3",
    captured: "经营主体搬迁贫困户",
    restored: "经营主体[与]搬迁贫困户",
    supplied: ["与"],
    footnoteZh: "原文此处缺连词，据文意补“与”字（经营主体与搬迁贫困户联动发展）。",
    whyEn: "The conjunction 与 ('and') between business operators and relocated poor households was lost.",
  },
  {
    id: "measure-4-opening",
    location: "measure-4",
    captured: "16周岁以上",
    restored: "[以]16周岁以上",
    supplied: ["以"],
    footnoteZh: "原文此处缺“以”字，据文意补（“以……为重点”）。",
    whyEn: "The paragraph lost its first character, 以 ('taking … as the focus').",
  },
  {
    id: "measure-4-comma-1",
    location: "measure-4",
    captured: "加大培训力度拓展",
    restored: "加大培训力度[，]拓展",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "measure-4-comma-2",
    location: "measure-4",
    captured: "技能培训确保",
    restored: "技能培训[，]确保",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "measure-4-receive",
    location: "measure-4",
    captured: "至少接1次",
    restored: "至少接[受]1次",
    supplied: ["受"],
    footnoteZh: "原文作“接1次”，缺“受”字，据文意补（“接受1次劳动技能培训”）。",
    whyEn: "'接受' (receive) lost its second character.",
  },
  {
    id: "measure-4-end",
    location: "measure-4",
    captured: "至少掌握1项就业技能",
    restored: "至少掌握1项就业技能[。]",
    supplied: ["。"],
    footnoteZh: FULL_STOP,
    whyEn: "Full stop lost at the end of the paragraph.",
  },
  {
    id: "measure-5-full-stop",
    location: "measure-5",
    captured: "劳动力就业200人以上",
    restored: "劳动力就业[。]200人以上",
    supplied: ["。"],
    footnoteZh: "原文此处缺句号，据文意补（前后为两句）。",
    whyEn: "Full stop lost between two sentences.",
  },
  {
    id: "measure-8-large-sites",
    location: "measure-8",
    captured: "对于800人以上)安置点",
    restored: "对于[大型（]800人以上）安置点",
    supplied: ["大型（"],
    footnoteZh:
      "原文作“对于800人以上)安置点”，缺“大型”二字和前括号，据后括号及同段“对于小型安置点”、第6条“大中型安置点”的说法补。",
    whyEn:
      "Lost 'large' and the opening bracket before '800 persons or more)'; restored from the closing bracket and the 'small sites' that follows.",
  },
  {
    id: "part-6-numeral",
    location: "part-6",
    captured: "强化后续扶持工作保障措施",
    restored: "[六、]强化后续扶持工作保障措施",
    supplied: ["六、"],
    footnoteZh: "原文此部分标题缺序号，据前五部分“一”至“五”的顺序补。",
    whyEn: "The sixth part's heading lost its numeral.",
  },
  {
    id: "measure-13-comma",
    location: "measure-13",
    captured: "“四个意识”",
    restored: "“四个意识”[，]",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "measure-13-quote",
    location: "measure-13",
    captured: "严格落实中央统筹",
    restored: "严格落实[“]中央统筹",
    supplied: ["“"],
    footnoteZh: OPENING_QUOTE,
    whyEn: "Opening quotation mark lost; its closing mark is present.",
  },
  {
    id: "measure-16-comma",
    location: "measure-16",
    captured: "追责问责力度力戒",
    restored: "追责问责力度[，]力戒",
    supplied: ["，"],
    footnoteZh: COMMA,
    whyEn: "Comma lost between two clauses.",
  },
  {
    id: "measure-16-end",
    location: "measure-16",
    captured: "结果真实",
    restored: "结果真实[。]",
    supplied: ["。"],
    footnoteZh: FULL_STOP,
    whyEn: "Full stop lost at the end of the document.",
  },
];
