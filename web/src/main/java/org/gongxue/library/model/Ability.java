package org.gongxue.library.model;

/** The seven abilities (七种能力) a course can train. Display names: bundle keys {@code ability.<NAME>}. */
public enum Ability {
    /** 政治能力 */
    POLITICAL,
    /** 调查研究能力 */
    RESEARCH,
    /** 科学决策能力 */
    DECISION_MAKING,
    /** 改革攻坚能力 */
    REFORM,
    /** 应急处突能力 */
    EMERGENCY_RESPONSE,
    /** 群众工作能力 */
    MASS_WORK,
    /** 抓落实能力 */
    IMPLEMENTATION
}
