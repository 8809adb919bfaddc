<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>确认受理</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <source>将案件 {n} 标记为已受理，受理日期 {on}；{clock}（{days} 日）自次日起计算。</source>
        <translation>将案件 {n} 标记为已受理，受理日期 {on}；{clock}（{days} 日）自次日起计算。</translation>
    </message>
    <message>
        <source>对举报投诉 {n} 立案，立案日期 {on}；{clock}（{days} 个工作日）自次日起计算。</source>
        <translation>对举报投诉 {n} 立案，立案日期 {on}；{clock}（{days} 个工作日）自次日起计算。</translation>
    </message>
    <message>
        <source>将调解案件 {n} 标记为已受理，受理日期 {on}；{clock}（{days} 日）仍自收到申请次日起算。</source>
        <translation>将调解案件 {n} 标记为已受理，受理日期 {on}；{clock}（{days} 日）仍自收到申请次日起算。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>案件 {n} 现为“{s}”</source>
        <translation>案件 {n} 现为“{s}”</translation>
    </message>
</context>
<context>
    <name>AddYearDialog</name>
    <message>
        <source>新增年份</source>
        <translation>新增年份</translation>
    </message>
    <message>
        <source>如 国务院办公厅关于2027年部分节假日安排的通知</source>
        <translation>如 国务院办公厅关于2027年部分节假日安排的通知</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>按放假通知逐行填写：放假的起止日期（类型“休息”），以及调休上班的周末（类型“调休上班”）。其余日子按周一至周五上班计算。</source>
        <translation>按放假通知逐行填写：放假的起止日期（类型“休息”），以及调休上班的周末（类型“调休上班”）。其余日子按周一至周五上班计算。</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>第 {n} 行 · 日期：{why}</source>
        <translation>第 {n} 行 · 日期：{why}</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>节假日日历</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>最低工资标准</source>
        <translation>最低工资标准</translation>
    </message>
    <message>
        <source>指标目标值</source>
        <translation>指标目标值</translation>
    </message>
    <message>
        <source>案号格式</source>
        <translation>案号格式</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>机构信息</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>文书模板</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>用户与角色</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>备份与恢复</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>添加代理人</source>
        <translation>添加代理人</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>代理哪一方</source>
        <translation>代理哪一方</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>从列表中选择，或自行填写</source>
        <translation>从列表中选择，或自行填写</translation>
    </message>
    <message>
        <source>代理类别</source>
        <translation>代理类别</translation>
    </message>
    <message>
        <source>如：河南××律师事务所（可不填）</source>
        <translation>如：河南××律师事务所（可不填）</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>已添加{side}的代理人 {name}</source>
        <translation>已添加{side}的代理人 {name}</translation>
    </message>
</context>
<context>
    <name>AwardItemsDialog</name>
    <message>
        <source>裁决（调解协议）事项</source>
        <translation>裁决（调解协议）事项</translation>
    </message>
    <message>
        <source>调解协议约定的事项，按在文书中的顺序：</source>
        <translation>调解协议约定的事项，按在文书中的顺序：</translation>
    </message>
    <message>
        <source>裁决书主文的事项，按在文书中的顺序（如“驳回申请人的其他仲裁请求”可不填金额）：</source>
        <translation>裁决书主文的事项，按在文书中的顺序（如“驳回申请人的其他仲裁请求”可不填金额）：</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>履行期限（日）</source>
        <translation>履行期限（日）</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>如：被申请人支付申请人2026年7月至9月工资</source>
        <translation>如：被申请人支付申请人2026年7月至9月工资</translation>
    </message>
    <message>
        <source>如 12,345.60</source>
        <translation>如 12,345.60</translation>
    </message>
    <message>
        <source>如 15</source>
        <translation>如 15</translation>
    </message>
    <message>
        <source>金额合计 {total} 元</source>
        <translation>金额合计 {total} 元</translation>
    </message>
    <message>
        <source>第 {n} 项金额：{why}</source>
        <translation>第 {n} 项金额：{why}</translation>
    </message>
    <message>
        <source>第 {n} 项履行期限应为整数日数：{text}</source>
        <translation>第 {n} 项履行期限应为整数日数：{text}</translation>
    </message>
    <message>
        <source>没有修改，无需保存</source>
        <translation>没有修改，无需保存</translation>
    </message>
    <message>
        <source>已保存裁决（调解协议）事项，共 {n} 项</source>
        <translation>已保存裁决（调解协议）事项，共 {n} 项</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>当前数据库：{where}</source>
        <translation>当前数据库：{where}</translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>迁移到共用服务器…</source>
        <translation>迁移到共用服务器…</translation>
    </message>
    <message>
        <source>把本机的全部数据搬到办公室的 PostgreSQL 服务器上的空数据库，逐表核对；本机数据不变</source>
        <translation>把本机的全部数据搬到办公室的 PostgreSQL 服务器上的空数据库，逐表核对；本机数据不变</translation>
    </message>
    <message>
        <source>改用办公室的共用服务器时，点“迁移到共用服务器…”：本机的全部数据写入服务器上的空数据库，逐表核对一致后才算完成；本机的数据保持不变。之后各台电脑在“文件 → 切换数据库…”中选择该服务器。</source>
        <translation>改用办公室的共用服务器时，点“迁移到共用服务器…”：本机的全部数据写入服务器上的空数据库，逐表核对一致后才算完成；本机的数据保持不变。之后各台电脑在“文件 → 切换数据库…”中选择该服务器。</translation>
    </message>
    <message>
        <source>备份到文件</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <source>备份文件 (*.zip)</source>
        <translation>备份文件 (*.zip)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>备份完成：{path}
校验：已重新读取备份文件，{tables} 张表共 {rows} 行与清单一致</source>
        <translation>备份完成：{path}
校验：已重新读取备份文件，{tables} 张表共 {rows} 行与清单一致</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>用备份 {file}（{when} 制作，{rows} 行）替换当前数据库？
当前数据库中此后的全部改动都将丢失，且无法撤销。
确认请输入“{word}”两字：</source>
        <translation>用备份 {file}（{when} 制作，{rows} 行）替换当前数据库？
当前数据库中此后的全部改动都将丢失，且无法撤销。
确认请输入“{word}”两字：</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>未恢复：没有输入“{word}”</source>
        <translation>未恢复：没有输入“{word}”</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>恢复完成。校验：{tables} 张表共 {rows} 行与备份清单逐表一致</source>
        <translation>恢复完成。校验：{tables} 张表共 {rows} 行与备份清单逐表一致</translation>
    </message>
    <message>
        <source>；已升级到结构版本 {rev}</source>
        <translation>；已升级到结构版本 {rev}</translation>
    </message>
    <message>
        <source>迁移到共用服务器</source>
        <translation>迁移到共用服务器</translation>
    </message>
    <message>
        <source>服务器上空数据库的地址（由信息技术人员提供），例如
postgresql+psycopg://xinxiang_app:密码@192.168.1.10/xinxiang</source>
        <translation>服务器上空数据库的地址（由信息技术人员提供），例如
postgresql+psycopg://xinxiang_app:密码@192.168.1.10/xinxiang</translation>
    </message>
    <message>
        <source>服务器地址格式不对：{url}</source>
        <translation>服务器地址格式不对：{url}</translation>
    </message>
    <message>
        <source>正在迁移…</source>
        <translation>正在迁移…</translation>
    </message>
    <message>
        <source>迁移完成：{tables} 张表共 {rows} 行已写入服务器并逐表核对一致。本机的数据库保持不变。
以后请在“文件 → 切换数据库…”中选择该服务器；办公室的其他电脑也填同一地址。</source>
        <translation>迁移完成：{tables} 张表共 {rows} 行已写入服务器并逐表核对一致。本机的数据库保持不变。
以后请在“文件 → 切换数据库…”中选择该服务器；办公室的其他电脑也填同一地址。</translation>
    </message>
</context>
<context>
    <name>BreakdownsView</name>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>{title}（{dates}）。{note}</source>
        <translation>{title}（{dates}）。{note}</translation>
    </message>
    <message>
        <source>共 {n} 行；点击列标题排序</source>
        <translation>共 {n} 行；点击列标题排序</translation>
    </message>
    <message>
        <source>该期间没有可统计的案件，所以表中没有数据。</source>
        <translation>该期间没有可统计的案件，所以表中没有数据。</translation>
    </message>
    <message>
        <source>统计失败：{reason}</source>
        <translation>统计失败：{reason}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>导出失败：{reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>日历已覆盖的年份</source>
        <translation>日历已覆盖的年份</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>调休</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>新增年份…</source>
        <translation>新增年份…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Excel 或 CSV 文件，列：日期、类型（休息/上班）、名称</source>
        <translation>Excel 或 CSV 文件，列：日期、类型（休息/上班）、名称</translation>
    </message>
    <message>
        <source>本年节假日与调休</source>
        <translation>本年节假日与调休</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#f9d6d5;color:#b71c1c&quot;&gt;&amp;nbsp;休息&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#d4e4fb;color:#0d47a1&quot;&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;&amp;nbsp;点击日期可修改</source>
        <translation>&lt;span style=&quot;background:#f9d6d5;color:#b71c1c&quot;&gt;&amp;nbsp;休息&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#d4e4fb;color:#0d47a1&quot;&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;&amp;nbsp;点击日期可修改</translation>
    </message>
    <message>
        <source>期限试算：自</source>
        <translation>期限试算：自</translation>
    </message>
    <message>
        <source>起算</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>{year} 年已覆盖（来源：{source}）</source>
        <translation>{year} 年已覆盖（来源：{source}）</translation>
    </message>
    <message>
        <source>{year} 年未覆盖：涉及该年的期限无法计算，请新增或导入</source>
        <translation>{year} 年未覆盖：涉及该年的期限无法计算，请新增或导入</translation>
    </message>
    <message>
        <source>届满日 {due}</source>
        <translation>届满日 {due}</translation>
    </message>
    <message>
        <source>尚无法确定（缺少 {year} 年节假日日历）</source>
        <translation>尚无法确定（缺少 {year} 年节假日日历）</translation>
    </message>
    <message>
        <source>{year} 年尚未覆盖：请先新增或导入该年</source>
        <translation>{year} 年尚未覆盖：请先新增或导入该年</translation>
    </message>
    <message>
        <source>已保存 {day}</source>
        <translation>已保存 {day}</translation>
    </message>
    <message>
        <source>已新增 {year} 年：休息 {off} 天，调休上班 {work} 天</source>
        <translation>已新增 {year} 年：休息 {off} 天，调休上班 {work} 天</translation>
    </message>
    <message>
        <source>导入节假日文件</source>
        <translation>导入节假日文件</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>文件未导入，有以下问题（未做任何改动）：</source>
        <translation>文件未导入，有以下问题（未做任何改动）：</translation>
    </message>
    <message>
        <source>已导入 {years} 年</source>
        <translation>已导入 {years} 年</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>CaseListDialog</name>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>正在读取 {n} 件案件…</source>
        <translation>正在读取 {n} 件案件…</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <source>（另有 {n} 件已被删除）</source>
        <translation>（另有 {n} 件已被删除）</translation>
    </message>
    <message>
        <source>；双击一行打开案件</source>
        <translation>；双击一行打开案件</translation>
    </message>
    <message>
        <source>读取失败：{reason}</source>
        <translation>读取失败：{reason}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>导出失败：{reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>案号</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>结案方式</source>
        <translation>结案方式</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>不予受理…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>不予立案…</source>
        <translation>不予立案…</translation>
    </message>
    <message>
        <source>中止…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>恢复审理</source>
        <translation>恢复审理</translation>
    </message>
    <message>
        <source>延长期限…</source>
        <translation>延长期限…</translation>
    </message>
    <message>
        <source>结案…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>转仲裁…</source>
        <translation>转仲裁…</translation>
    </message>
    <message>
        <source>安排开庭…</source>
        <translation>安排开庭…</translation>
    </message>
    <message>
        <source>记录调解…</source>
        <translation>记录调解…</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>请求</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>进程</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>调解与开庭</source>
        <translation>调解与开庭</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>未打开案件</source>
        <translation>未打开案件</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取本案</source>
        <translation>重新读取本案</translation>
    </message>
    <message>
        <source>生成文书…</source>
        <translation>生成文书…</translation>
    </message>
    <message>
        <source> · 集体争议</source>
        <translation> · 集体争议</translation>
    </message>
    <message>
        <source>承办人 {name}</source>
        <translation>承办人 {name}</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>收件 {day}</source>
        <translation>收件 {day}</translation>
    </message>
    <message>
        <source>读取案件失败：{reason}</source>
        <translation>读取案件失败：{reason}</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>案号</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>中止中</source>
        <translation>中止中</translation>
    </message>
    <message>
        <source>日历未覆盖</source>
        <translation>日历未覆盖</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>逾期 {n} 个工作日</source>
        <translation>逾期 {n} 个工作日</translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation>{n} 个工作日</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>仲裁案件收结</source>
        <translation>仲裁案件收结</translation>
    </message>
    <message>
        <source>上期未结</source>
        <translation>上期未结</translation>
    </message>
    <message>
        <source>本期受理</source>
        <translation>本期受理</translation>
    </message>
    <message>
        <source>本期结案</source>
        <translation>本期结案</translation>
    </message>
    <message>
        <source>期末未结</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>仲裁案件收结（{dates}）</source>
        <translation>仲裁案件收结（{dates}）</translation>
    </message>
    <message>
        <source>点击查看这些案件（即指标 28 的分子）</source>
        <translation>点击查看这些案件（即指标 28 的分子）</translation>
    </message>
    <message>
        <source>上期未结 + 本期受理 − 本期结案 = 期末未结，平衡。</source>
        <translation>上期未结 + 本期受理 − 本期结案 = 期末未结，平衡。</translation>
    </message>
    <message>
        <source>不平衡：按前三项应为 {expected} 件，实际期末未结 {closing} 件。</source>
        <translation>不平衡：按前三项应为 {expected} 件，实际期末未结 {closing} 件。</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>搜索案号或当事人（如 张伟、2026〕第12）</source>
        <translation>搜索案号或当事人（如 张伟、2026〕第12）</translation>
    </message>
    <message>
        <source>我的案件</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>全办案件</source>
        <translation>全办案件</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>全部承办人</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>从</source>
        <translation>从</translation>
    </message>
    <message>
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>选择用户后可只看自己承办的案件</source>
        <translation>选择用户后可只看自己承办的案件</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <source>；超过 {limit} 件时“最近期限”列按起算日加法定天数近似排序，缩小范围（如只看一人）可精确排序</source>
        <translation>；超过 {limit} 件时“最近期限”列按起算日加法定天数近似排序，缩小范围（如只看一人）可精确排序</translation>
    </message>
    <message>
        <source>查询失败：{reason}</source>
        <translation>查询失败：{reason}</translation>
    </message>
</context>
<context>
    <name>ClaimsEditor</name>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>请求内容</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>如：支付2025年7月至9月工资</source>
        <translation>如：支付2025年7月至9月工资</translation>
    </message>
    <message>
        <source>如 12,345.60</source>
        <translation>如 12,345.60</translation>
    </message>
    <message>
        <source>第 {n} 项：{problem}</source>
        <translation>第 {n} 项：{problem}</translation>
    </message>
    <message>
        <source>合计 {total} 元</source>
        <translation>合计 {total} 元</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>共 {n} 项，金额合计 {total} 元</source>
        <translation>共 {n} 项，金额合计 {total} 元</translation>
    </message>
</context>
<context>
    <name>ClocksTab</name>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>届满日</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>尚未恢复</source>
        <translation>尚未恢复</translation>
    </message>
    <message>
        <source>不计入（日）</source>
        <translation>不计入（日）</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>中止与公告送达（不计入审理期限）</source>
        <translation>中止与公告送达（不计入审理期限）</translation>
    </message>
    <message>
        <source>本案没有期限</source>
        <translation>本案没有期限</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>确认结案</source>
        <translation>确认结案</translation>
    </message>
    <message>
        <source>结案方式</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>将案件 {n} 以“{mode}”结案，结案日期 {on}；结案后不再计算期限，也不能再变更阶段。</source>
        <translation>将案件 {n} 以“{mode}”结案，结案日期 {on}；结案后不再计算期限，也不能再变更阶段。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>期间内没有调解组织或仲裁委结案的案件（分母为 0）</source>
        <translation>期间内没有调解组织或仲裁委结案的案件（分母为 0）</translation>
    </message>
    <message>
        <source>期间内没有受理的仲裁案件，期初也没有未结的仲裁案件（分母为 0）</source>
        <translation>期间内没有受理的仲裁案件，期初也没有未结的仲裁案件（分母为 0）</translation>
    </message>
    <message>
        <source>期间内没有立案的监察投诉，期初也没有未结的投诉（分母为 0）</source>
        <translation>期间内没有立案的监察投诉，期初也没有未结的投诉（分母为 0）</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>近 12 个月趋势</source>
        <translation>近 12 个月趋势</translation>
    </message>
    <message>
        <source>读取失败：{reason}</source>
        <translation>读取失败：{reason}</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>本年至今</source>
        <translation>本年至今</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>数据截至 {today}</source>
        <translation>数据截至 {today}</translation>
    </message>
    <message>
        <source>所选期间（{dates}）没有可统计的案件：期间内没有结案、受理或立案，期初也没有未结案件，三项指标的分母都是 0，所以比率显示为“—”（不是 0%）。</source>
        <translation>所选期间（{dates}）没有可统计的案件：期间内没有结案、受理或立案，期初也没有未结案件，三项指标的分母都是 0，所以比率显示为“—”（不是 0%）。</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>指标 {id} {name} · {what}（{label}：{dates}）</source>
        <translation>指标 {id} {name} · {what}（{label}：{dates}）</translation>
    </message>
    <message>
        <source>{person} 承办的逾期案件（截至 {today}）</source>
        <translation>{person} 承办的逾期案件（截至 {today}）</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>连接失败：{reason}</source>
        <translation>连接失败：{reason}</translation>
    </message>
    <message>
        <source>连接成功：这是一个空数据库，第一次打开时会在其中建立本系统的数据表。</source>
        <translation>连接成功：这是一个空数据库，第一次打开时会在其中建立本系统的数据表。</translation>
    </message>
    <message>
        <source>连接成功：这是本系统的数据库。</source>
        <translation>连接成功：这是本系统的数据库。</translation>
    </message>
    <message>
        <source>连接成功，但其中已有其他数据：它不是本系统的数据库，无法使用。</source>
        <translation>连接成功，但其中已有其他数据：它不是本系统的数据库，无法使用。</translation>
    </message>
    <message>
        <source>选择数据库</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>上次使用的数据库无法打开，请重新选择或补充密码。

{reason}</source>
        <translation>上次使用的数据库无法打开，请重新选择或补充密码。

{reason}</translation>
    </message>
    <message>
        <source>本机数据库（默认）</source>
        <translation>本机数据库（默认）</translation>
    </message>
    <message>
        <source>其他数据库文件…</source>
        <translation>其他数据库文件…</translation>
    </message>
    <message>
        <source>办公室服务器</source>
        <translation>办公室服务器</translation>
    </message>
    <message>
        <source>SQLite 数据库文件（.sqlite3）的路径</source>
        <translation>SQLite 数据库文件（.sqlite3）的路径</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>如 192.168.1.10 或 db.office.local</source>
        <translation>如 192.168.1.10 或 db.office.local</translation>
    </message>
    <message>
        <source>不会保存，每次启动时需重新输入</source>
        <translation>不会保存，每次启动时需重新输入</translation>
    </message>
    <message>
        <source>服务器地址：</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>数据库名：</source>
        <translation>数据库名：</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>请选择或输入数据库文件的路径</source>
        <translation>请选择或输入数据库文件的路径</translation>
    </message>
    <message>
        <source>请填写服务器地址和数据库名</source>
        <translation>请填写服务器地址和数据库名</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>如 2025-03-07</source>
        <translation>如 2025-03-07</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>{day} 的安排</source>
        <translation>{day} 的安排</translation>
    </message>
    <message>
        <source>休息（节假日）</source>
        <translation>休息（节假日）</translation>
    </message>
    <message>
        <source>上班（调休）</source>
        <translation>上班（调休）</translation>
    </message>
    <message>
        <source>如 春节</source>
        <translation>如 春节</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>恢复为普通日</source>
        <translation>恢复为普通日</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>制作时间</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>制作人</source>
        <translation>制作人</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>生成文书…</source>
        <translation>生成文书…</translation>
    </message>
    <message>
        <source>按模板生成本案文书（{key}）</source>
        <translation>按模板生成本案文书（{key}）</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>用 Word 或 WPS 打开所选文书（双击亦可）</source>
        <translation>用 Word 或 WPS 打开所选文书（双击亦可）</translation>
    </message>
    <message>
        <source>正在生成《{name}》…</source>
        <translation>正在生成《{name}》…</translation>
    </message>
    <message>
        <source>已生成《{title}》，见下表</source>
        <translation>已生成《{title}》，见下表</translation>
    </message>
    <message>
        <source>已打开 {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>没有可以打开 .docx 文件的程序（如 Word 或 WPS）；文件在 {path}</source>
        <translation>没有可以打开 .docx 文件的程序（如 Word 或 WPS）；文件在 {path}</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>案号</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>逾期 {n} 个工作日</source>
        <translation>逾期 {n} 个工作日</translation>
    </message>
    <message>
        <source>还有 {n} 个工作日</source>
        <translation>还有 {n} 个工作日</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>还有 {n} 天</source>
        <translation>还有 {n} 天</translation>
    </message>
</context>
<context>
    <name>DueTodayView</name>
    <message>
        <source>我承办的</source>
        <translation>我承办的</translation>
    </message>
    <message>
        <source>全办</source>
        <translation>全办</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>红色：已逾期；黄色：今日到期（粗体）或 3 个工作日内到期。双击打开案件。</source>
        <translation>红色：已逾期；黄色：今日到期（粗体）或 3 个工作日内到期。双击打开案件。</translation>
    </message>
    <message>
        <source>选择用户后可只看自己承办的案件</source>
        <translation>选择用户后可只看自己承办的案件</translation>
    </message>
    <message>
        <source>今日到期（{day}）</source>
        <translation>今日到期（{day}）</translation>
    </message>
    <message>
        <source>没有逾期、今日到期或 3 个工作日内到期的期限</source>
        <translation>没有逾期、今日到期或 3 个工作日内到期的期限</translation>
    </message>
    <message>
        <source>已逾期 {overdue} 项，今日到期 {today} 项，3 个工作日内到期 {soon} 项</source>
        <translation>已逾期 {overdue} 项，今日到期 {today} 项，3 个工作日内到期 {soon} 项</translation>
    </message>
    <message>
        <source>无法计算到期期限：{reason}</source>
        <translation>无法计算到期期限：{reason}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>延长期限</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>确认延长</source>
        <translation>确认延长</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>仲裁委员会主任（监察：部门负责人）</source>
        <translation>仲裁委员会主任（监察：部门负责人）</translation>
    </message>
    <message>
        <source>个工作日</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>日</source>
        <translation>日</translation>
    </message>
    <message>
        <source>将案件 {n} 的{clock}延长 {days} {unit}（批准日期 {on}，批准人：{approver}）；期限只能延长一次，并应书面通知当事人。</source>
        <translation>将案件 {n} 的{clock}延长 {days} {unit}（批准日期 {on}，批准人：{approver}）；期限只能延长一次，并应书面通知当事人。</translation>
    </message>
    <message>
        <source>（请填写）</source>
        <translation>（请填写）</translation>
    </message>
    <message>
        <source>案件 {n} 的期限已延长</source>
        <translation>案件 {n} 的期限已延长</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>安排开庭 · {number}</source>
        <translation>安排开庭 · {number}</translation>
    </message>
    <message>
        <source>开庭日期</source>
        <translation>开庭日期</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>如：第一仲裁庭</source>
        <translation>如：第一仲裁庭</translation>
    </message>
    <message>
        <source>仲裁庭（地点）</source>
        <translation>仲裁庭（地点）</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>请填写开庭地点（仲裁庭）</source>
        <translation>请填写开庭地点（仲裁庭）</translation>
    </message>
    <message>
        <source>星期{d}</source>
        <translation>星期{d}</translation>
    </message>
    <message>
        <source>正在计算开庭通知最迟送达日…</source>
        <translation>正在计算开庭通知最迟送达日…</translation>
    </message>
    <message>
        <source>开庭通知最迟送达日尚无法确定：缺少 {year} 年节假日日历</source>
        <translation>开庭通知最迟送达日尚无法确定：缺少 {year} 年节假日日历</translation>
    </message>
    <message>
        <source>开庭通知最迟于 {due}（星期{d}）送达：开庭前 {n} 个工作日（{article}）</source>
        <translation>开庭通知最迟于 {due}（星期{d}）送达：开庭前 {n} 个工作日（{article}）</translation>
    </message>
    <message>
        <source>已来不及在开庭前依法送达通知：除非当事人同意，应另定开庭日期</source>
        <translation>已来不及在开庭前依法送达通知：除非当事人同意，应另定开庭日期</translation>
    </message>
    <message>
        <source>与已有安排冲突，未保存：
{lines}</source>
        <translation>与已有安排冲突，未保存：
{lines}</translation>
    </message>
    <message>
        <source>安排开庭</source>
        <translation>安排开庭</translation>
    </message>
</context>
<context>
    <name>HearingStatusDialog</name>
    <message>
        <source>开庭情况</source>
        <translation>开庭情况</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>{day}（星期{d}）{start}–{end} {room}</source>
        <translation>{day}（星期{d}）{start}–{end} {room}</translation>
    </message>
    <message>
        <source>庭审已进行。</source>
        <translation>庭审已进行。</translation>
    </message>
    <message>
        <source>需另行安排开庭并重新通知当事人。</source>
        <translation>需另行安排开庭并重新通知当事人。</translation>
    </message>
    <message>
        <source>本次开庭不再进行。</source>
        <translation>本次开庭不再进行。</translation>
    </message>
    <message>
        <source>将案件 {n} 于 {when} 的开庭记为“{status}”；{follows}该时段的仲裁庭和人员不再占用。</source>
        <translation>将案件 {n} 于 {when} 的开庭记为“{status}”；{follows}该时段的仲裁庭和人员不再占用。</translation>
    </message>
    <message>
        <source>已将 {day} 的开庭记为“{status}”</source>
        <translation>已将 {day} 的开庭记为“{status}”</translation>
    </message>
</context>
<context>
    <name>HearingWeekView</name>
    <message>
        <source>◀ 上一周</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>下一周 ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>{first} – {last}（第 {week} 周）</source>
        <translation>{first} – {last}（第 {week} 周）</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>读取失败：{reason}</source>
        <translation>读取失败：{reason}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>本周开庭 {n} 次</source>
        <translation>本周开庭 {n} 次</translation>
    </message>
    <message>
        <source>本周没有开庭</source>
        <translation>本周没有开庭</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>指标 {id}&#x3000;{name}</source>
        <translation>指标 {id}&#x3000;{name}</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>目标 {target}（预期性）· 鼠标停在比率上可看公式</source>
        <translation>目标 {target}（预期性）· 鼠标停在比率上可看公式</translation>
    </message>
    <message>
        <source>{periods}：{reason}，比率无法计算，显示为“—”。</source>
        <translation>{periods}：{reason}，比率无法计算，显示为“—”。</translation>
    </message>
    <message>
        <source>{what}：{dates}
点击查看这些案件</source>
        <translation>{what}：{dates}
点击查看这些案件</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>收件登记 · 新案件</source>
        <translation>收件登记 · 新案件</translation>
    </message>
    <message>
        <source>调解案件</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>仲裁案件</source>
        <translation>仲裁案件</translation>
    </message>
    <message>
        <source>监察举报投诉</source>
        <translation>监察举报投诉</translation>
    </message>
    <message>
        <source>案件类型</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>争议类型（可多选）</source>
        <translation>争议类型（可多选）</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>保存并编号</source>
        <translation>保存并编号</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>18 位，末位可为 X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <source>用人单位名称</source>
        <translation>用人单位名称</translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>收件与时效</source>
        <translation>收件与时效</translation>
    </message>
    <message>
        <source>追索劳动报酬（在职期间不受时效限制）</source>
        <translation>追索劳动报酬（在职期间不受时效限制）</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>知道权利被侵害之日</source>
        <translation>知道权利被侵害之日</translation>
    </message>
    <message>
        <source>劳动关系终止之日</source>
        <translation>劳动关系终止之日</translation>
    </message>
    <message>
        <source>举报投诉人</source>
        <translation>举报投诉人</translation>
    </message>
    <message>
        <source>尚需填写：{fields}</source>
        <translation>尚需填写：{fields}</translation>
    </message>
    <message>
        <source>涉及 {n} 人：将标记为集体劳动人事争议</source>
        <translation>涉及 {n} 人：将标记为集体劳动人事争议</translation>
    </message>
    <message>
        <source>争议类型</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <source>已登记，案号：{number}</source>
        <translation>已登记，案号：{number}</translation>
    </message>
    <message>
        <source>收件登记</source>
        <translation>收件登记</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>切换数据库…</source>
        <translation>切换数据库…</translation>
    </message>
    <message>
        <source>打开本机、其他文件或办公室服务器上的数据库</source>
        <translation>打开本机、其他文件或办公室服务器上的数据库</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>以另一位承办人的身份使用</source>
        <translation>以另一位承办人的身份使用</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>关闭程序</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>案件(&amp;C)</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>新建案件…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>收件登记：登记一件新案件</source>
        <translation>收件登记：登记一件新案件</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>按案号或当事人查找案件</source>
        <translation>按案号或当事人查找案件</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取案件列表、到期期限和案件数</source>
        <translation>重新读取案件列表、到期期限和案件数</translation>
    </message>
    <message>
        <source>统计(&amp;S)</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>统计看板</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>指标27–29、趋势与逾期</source>
        <translation>指标27–29、趋势与逾期</translation>
    </message>
    <message>
        <source>分类统计</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>按承办人、类型等分类</source>
        <translation>按承办人、类型等分类</translation>
    </message>
    <message>
        <source>月度报表</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>预览、打印、结账</source>
        <translation>预览、打印、结账</translation>
    </message>
    <message>
        <source>管理(&amp;A)</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>系统管理…</source>
        <translation>系统管理…</translation>
    </message>
    <message>
        <source>节假日、最低工资、目标、案号、调解组织、模板、用户、备份</source>
        <translation>节假日、最低工资、目标、案号、调解组织、模板、用户、备份</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>我的案件</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>开庭安排</source>
        <translation>开庭安排</translation>
    </message>
    <message>
        <source>案件概况</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <source>数据库：{location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>新乡市劳动人事争议仲裁委员会 · 案件管理系统</source>
        <translation>新乡市劳动人事争议仲裁委员会 · 案件管理系统</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>用户：{name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>未选择用户</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>新乡市劳动人事争议仲裁委员会 案件管理系统
版本 {version}

数据库：{location}</source>
        <translation>新乡市劳动人事争议仲裁委员会 案件管理系统
版本 {version}

数据库：{location}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportView</name>
    <message>
        <source>选择月份后点击“生成”，报表将在这里逐页显示。</source>
        <translation>选择月份后点击“生成”，报表将在这里逐页显示。</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>月度结账…</source>
        <translation>月度结账…</translation>
    </message>
    <message>
        <source>双击打开案件</source>
        <translation>双击打开案件</translation>
    </message>
    <message>
        <source>{month}未结账：报表按今日数据统计。</source>
        <translation>{month}未结账：报表按今日数据统计。</translation>
    </message>
    <message>
        <source>已结账：{month}由 {by} 于 {at} 结账；报表显示结账时冻结的数字。</source>
        <translation>已结账：{month}由 {by} 于 {at} 结账；报表显示结账时冻结的数字。</translation>
    </message>
    <message>
        <source>注意：结账后数据有变动，今日数据与结账时的数字不同。</source>
        <translation>注意：结账后数据有变动，今日数据与结账时的数字不同。</translation>
    </message>
    <message>
        <source>指标{id} {name}：结账时 {frozen}，按今日数据 {current}</source>
        <translation>指标{id} {name}：结账时 {frozen}，按今日数据 {current}</translation>
    </message>
    <message>
        <source>结账后进入或离开统计的案件 {n} 件（双击打开）→</source>
        <translation>结账后进入或离开统计的案件 {n} 件（双击打开）→</translation>
    </message>
    <message>
        <source>正在生成 {month} 的报表…</source>
        <translation>正在生成 {month} 的报表…</translation>
    </message>
    <message>
        <source>本机无法在程序内打印：请用系统的 PDF 阅读器打开后打印</source>
        <translation>本机无法在程序内打印：请用系统的 PDF 阅读器打开后打印</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>已送往打印机：{n} 页</source>
        <translation>已送往打印机：{n} 页</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>已导出：{path}</translation>
    </message>
    <message>
        <source>结账后，本月报表将始终显示结账时的数字（指标27–29 的分子、分母和比率），并记录结账人“{actor}”和结账时间。

以后更正本月的旧案件，不会悄悄改变已结账的报表：报表仍显示结账时的数字，并注明今日数据哪里不同、涉及哪些案件。

同一月份只能结账一次，结账不能撤销。确定要对 {month} 结账吗？</source>
        <translation>结账后，本月报表将始终显示结账时的数字（指标27–29 的分子、分母和比率），并记录结账人“{actor}”和结账时间。

以后更正本月的旧案件，不会悄悄改变已结账的报表：报表仍显示结账时的数字，并注明今日数据哪里不同、涉及哪些案件。

同一月份只能结账一次，结账不能撤销。确定要对 {month} 结账吗？</translation>
    </message>
    <message>
        <source>月度结账</source>
        <translation>月度结账</translation>
    </message>
    <message>
        <source>正在结账…</source>
        <translation>正在结账…</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>已保存机构信息；此后生成的文书将使用新内容</source>
        <translation>已保存机构信息；此后生成的文书将使用新内容</translation>
    </message>
</context>
<context>
    <name>OrgsPage</name>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>如 基层人民调解组织</source>
        <translation>如 基层人民调解组织</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>已保存：{name}（{state}）</source>
        <translation>已保存：{name}（{state}）</translation>
    </message>
</context>
<context>
    <name>OverduePanel</name>
    <message>
        <source>逾期案件（按承办人）</source>
        <translation>逾期案件（按承办人）</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>逾期案件</source>
        <translation>逾期案件</translation>
    </message>
    <message>
        <source>点击查看这些案件</source>
        <translation>点击查看这些案件</translation>
    </message>
    <message>
        <source>截至 {today} 共 {n} 件案件有期限已过（点击件数查看）。</source>
        <translation>截至 {today} 共 {n} 件案件有期限已过（点击件数查看）。</translation>
    </message>
    <message>
        <source>截至 {today} 没有逾期案件。</source>
        <translation>截至 {today} 没有逾期案件。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>欢迎使用案件管理系统。当前数据库：{location}</source>
        <translation>欢迎使用案件管理系统。当前数据库：{location}</translation>
    </message>
    <message>
        <source>案件概况</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>合计：{total} 件</source>
        <translation>合计：{total} 件</translation>
    </message>
    <message>
        <source>刷新失败</source>
        <translation>刷新失败</translation>
    </message>
    <message>
        <source>无法读取案件数：{reason}</source>
        <translation>无法读取案件数：{reason}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>裁决（协议）事项</source>
        <translation>裁决（协议）事项</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>履行期限（日）</source>
        <translation>履行期限（日）</translation>
    </message>
    <message>
        <source>编辑事项…</source>
        <translation>编辑事项…</translation>
    </message>
    <message>
        <source>裁决（调解协议）事项</source>
        <translation>裁决（调解协议）事项</translation>
    </message>
    <message>
        <source>编辑文字…</source>
        <translation>编辑文字…</translation>
    </message>
    <message>
        <source>案件文字</source>
        <translation>案件文字</translation>
    </message>
    <message>
        <source>（集体争议）</source>
        <translation>（集体争议）</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>结案方式</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>争议类型</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <source>一裁终局</source>
        <translation>一裁终局</translation>
    </message>
    <message>
        <source>延长期限</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>已延长</source>
        <translation>已延长</translation>
    </message>
    <message>
        <source>未延长</source>
        <translation>未延长</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>仲裁庭</source>
        <translation>仲裁庭</translation>
    </message>
    <message>
        <source>关联案件</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>（尚未填写）</source>
        <translation>（尚未填写）</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>姓名或名称</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>身份证号/信用代码</source>
        <translation>身份证号/信用代码</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>代理</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>编辑申请人信息…</source>
        <translation>编辑申请人信息…</translation>
    </message>
    <message>
        <source>编辑被申请人信息…</source>
        <translation>编辑被申请人信息…</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>添加代理人…</source>
        <translation>添加代理人…</translation>
    </message>
    <message>
        <source>删除所选代理人…</source>
        <translation>删除所选代理人…</translation>
    </message>
    <message>
        <source>先在下表中选中一名代理人</source>
        <translation>先在下表中选中一名代理人</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>代理人</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>当事人信息</source>
        <translation>当事人信息</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>如：新乡市红旗区××路××号</source>
        <translation>如：新乡市红旗区××路××号</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>如：李明</source>
        <translation>如：李明</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>如：总经理</source>
        <translation>如：总经理</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>性别和出生日期由身份证号 {id} 得出</source>
        <translation>性别和出生日期由身份证号 {id} 得出</translation>
    </message>
    <message>
        <source>出生日期：{problem}</source>
        <translation>出生日期：{problem}</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天（{day}）</source>
        <translation>出生日期不能晚于今天（{day}）</translation>
    </message>
    <message>
        <source>出生日期已填写，只能改为另一日期，不能清空</source>
        <translation>出生日期已填写，只能改为另一日期，不能清空</translation>
    </message>
    <message>
        <source>性别已填写，只能改为“男”或“女”</source>
        <translation>性别已填写，只能改为“男”或“女”</translation>
    </message>
    <message>
        <source>没有修改，无需保存</source>
        <translation>没有修改，无需保存</translation>
    </message>
    <message>
        <source>已保存{side} {name} 的信息</source>
        <translation>已保存{side} {name} 的信息</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>案件类型</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>案号格式</source>
        <translation>案号格式</translation>
    </message>
    <message>
        <source>下一个案号</source>
        <translation>下一个案号</translation>
    </message>
    <message>
        <source>格式中 {year} 代表年份，{n} 代表当年序号（每年从 1 开始）。</source>
        <translation>格式中 {year} 代表年份，{n} 代表当年序号（每年从 1 开始）。</translation>
    </message>
    <message>
        <source>下一个案号将是</source>
        <translation>下一个案号将是</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>已保存{kind}案号格式，下一个案号：{example}</source>
        <translation>已保存{kind}案号格式，下一个案号：{example}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>尚未生成报表。</source>
        <translation>尚未生成报表。</translation>
    </message>
    <message>
        <source>用系统的 PDF 阅读器打开</source>
        <translation>用系统的 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>本机没有可在程序内显示 PDF 的组件（QtPdf、PDFium 或 Poppler）。报表已生成，可用系统的 PDF 阅读器打开、打印或另存。</source>
        <translation>本机没有可在程序内显示 PDF 的组件（QtPdf、PDFium 或 Poppler）。报表已生成，可用系统的 PDF 阅读器打开、打印或另存。</translation>
    </message>
    <message>
        <source>第 {page} 页 共 {count} 页</source>
        <translation>第 {page} 页 共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>统计期间</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>本年至今</source>
        <translation>本年至今</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <source>记为已开庭…</source>
        <translation>记为已开庭…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>取消开庭…</source>
        <translation>取消开庭…</translation>
    </message>
    <message>
        <source>组成仲裁庭…</source>
        <translation>组成仲裁庭…</translation>
    </message>
    <message>
        <source>开庭日期</source>
        <translation>开庭日期</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>通知送达</source>
        <translation>通知送达</translation>
    </message>
    <message>
        <source>仲裁庭</source>
        <translation>仲裁庭</translation>
    </message>
    <message>
        <source>次</source>
        <translation>次</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>调解方案</source>
        <translation>调解方案</translation>
    </message>
    <message>
        <source>开庭</source>
        <translation>开庭</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>仲裁庭：{seats}</source>
        <translation>仲裁庭：{seats}</translation>
    </message>
    <message>
        <source>尚未组成</source>
        <translation>尚未组成</translation>
    </message>
    <message>
        <source>组成或更换仲裁庭：仲裁员和书记员从在职工作人员中选择</source>
        <translation>组成或更换仲裁庭：仲裁员和书记员从在职工作人员中选择</translation>
    </message>
    <message>
        <source>案件尚未受理，不能组成仲裁庭</source>
        <translation>案件尚未受理，不能组成仲裁庭</translation>
    </message>
    <message>
        <source>先在下表中选中一次已排期的开庭</source>
        <translation>先在下表中选中一次已排期的开庭</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>对案件 {n} 作出{decision}决定（{on}），理由：{reason}。该案不计入受理数，以后不能再受理或结案。</source>
        <translation>对案件 {n} 作出{decision}决定（{on}），理由：{reason}。该案不计入受理数，以后不能再受理或结案。</translation>
    </message>
    <message>
        <source>不予立案</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>确认不予受理</source>
        <translation>确认不予受理</translation>
    </message>
    <message>
        <source>（请填写）</source>
        <translation>（请填写）</translation>
    </message>
</context>
<context>
    <name>RemoveAgentDialog</name>
    <message>
        <source>删除代理人</source>
        <translation>删除代理人</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>将从案件 {n} 删除{side}的代理人 {name}（{extra}）。已生成的文书不变，以后生成的文书不再列出此人。</source>
        <translation>将从案件 {n} 删除{side}的代理人 {name}（{extra}）。已生成的文书不变，以后生成的文书不再列出此人。</translation>
    </message>
    <message>
        <source>已删除{side}的代理人 {name}</source>
        <translation>已删除{side}的代理人 {name}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>恢复审理</source>
        <translation>恢复审理</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>确认恢复</translation>
    </message>
    <message>
        <source>案件 {n} 自 {on} 恢复审理，审理期限继续计算</source>
        <translation>案件 {n} 自 {on} 恢复审理，审理期限继续计算</translation>
    </message>
    <message>
        <source>；{kind}期间（自 {start} 起 {days} 日）不计入审理期限</source>
        <translation>；{kind}期间（自 {start} 起 {days} 日）不计入审理期限</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>调解记录 · {number}</source>
        <translation>调解记录 · {number}</translation>
    </message>
    <message>
        <source>日期、时间</source>
        <translation>日期、时间</translation>
    </message>
    <message>
        <source>如：仲裁院调解室</source>
        <translation>如：仲裁院调解室</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>到场人员，如：申请人张伟，被申请人委托代理人李强</source>
        <translation>到场人员，如：申请人张伟，被申请人委托代理人李强</translation>
    </message>
    <message>
        <source>到场人员</source>
        <translation>到场人员</translation>
    </message>
    <message>
        <source>调解方案（Shift+Enter 换行）</source>
        <translation>调解方案（Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>调解方案</source>
        <translation>调解方案</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>选择用户</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>请选择您的姓名，或输入新的姓名：</source>
        <translation>请选择您的姓名，或输入新的姓名：</translation>
    </message>
    <message>
        <source>输入姓名可查找</source>
        <translation>输入姓名可查找</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>单机使用，无需密码；管理员建立用户账户后，登录需要用户名和密码。</source>
        <translation>单机使用，无需密码；管理员建立用户账户后，登录需要用户名和密码。</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>此数据库已启用用户账户，请输入用户名和密码：</source>
        <translation>此数据库已启用用户账户，请输入用户名和密码：</translation>
    </message>
    <message>
        <source>按 Enter 键以“{name}”的身份进入</source>
        <translation>按 Enter 键以“{name}”的身份进入</translation>
    </message>
    <message>
        <source>承办人名单中没有“{name}”：确定后将新增这位承办人</source>
        <translation>承办人名单中没有“{name}”：确定后将新增这位承办人</translation>
    </message>
    <message>
        <source>请选择或输入您的姓名</source>
        <translation>请选择或输入您的姓名</translation>
    </message>
    <message>
        <source>请输入用户名</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>StaleGuard</name>
    <message>
        <source>刷新案件后再确认</source>
        <translation>刷新案件后再确认</translation>
    </message>
    <message>
        <source>已刷新：请核对后再确认。</source>
        <translation>已刷新：请核对后再确认。</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>中止</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>确认中止</source>
        <translation>确认中止</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>《劳动人事争议仲裁办案规则》第四十七条所列情形，或自行填写</source>
        <translation>《劳动人事争议仲裁办案规则》第四十七条所列情形，或自行填写</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>仲裁委员会主任或其委托的仲裁院负责人</source>
        <translation>仲裁委员会主任或其委托的仲裁院负责人</translation>
    </message>
    <message>
        <source>将案件 {n} 标记为{kind}，自 {on} 起审理期限停止计算，恢复审理后继续计算；批准人：{approver}。</source>
        <translation>将案件 {n} 标记为{kind}，自 {on} 起审理期限停止计算，恢复审理后继续计算；批准人：{approver}。</translation>
    </message>
    <message>
        <source>（请填写）</source>
        <translation>（请填写）</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>目标值（%）</source>
        <translation>目标值（%）</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>实际比率须严格高于目标值才算达标（规划写作“&gt;”）。</source>
        <translation>实际比率须严格高于目标值才算达标（规划写作“&gt;”）。</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>已保存：第 {n} 项 {name} 目标值 {value}%</source>
        <translation>已保存：第 {n} 项 {name} 目标值 {value}%</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>生成文书</source>
        <translation>生成文书</translation>
    </message>
    <message>
        <source>正在读取模板…</source>
        <translation>正在读取模板…</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>第 {v} 版，{origin}</source>
        <translation>第 {v} 版，{origin}</translation>
    </message>
    <message>
        <source>选择要生成的文书（共 {n} 种）：</source>
        <translation>选择要生成的文书（共 {n} 种）：</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>模板</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>适用案件</source>
        <translation>适用案件</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>导入 Word 模板（.docx）作为同名模板的新版本</source>
        <translation>导入 Word 模板（.docx）作为同名模板的新版本</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>恢复此版本</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>《{name}》的版本</source>
        <translation>《{name}》的版本</translation>
    </message>
    <message>
        <source>当前使用</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>导入文书模板</source>
        <translation>导入文书模板</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>模板名称（与现有名称相同即成为其新版本）：</source>
        <translation>模板名称（与现有名称相同即成为其新版本）：</translation>
    </message>
    <message>
        <source>（未导入，原模板照常使用）</source>
        <translation>（未导入，原模板照常使用）</translation>
    </message>
    <message>
        <source>已导入《{name}》第 {version} 版，现为当前使用的版本</source>
        <translation>已导入《{name}》第 {version} 版，现为当前使用的版本</translation>
    </message>
    <message>
        <source>正在准备预览…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>已打开 {file}</source>
        <translation>已打开 {file}</translation>
    </message>
    <message>
        <source>无法打开 {file}：本机没有能打开它的程序</source>
        <translation>无法打开 {file}：本机没有能打开它的程序</translation>
    </message>
    <message>
        <source>把《{name}》第 {version} 版恢复为当前使用的版本？此后生成的文书将用它。</source>
        <translation>把《{name}》第 {version} 版恢复为当前使用的版本？此后生成的文书将用它。</translation>
    </message>
    <message>
        <source>恢复模板版本</source>
        <translation>恢复模板版本</translation>
    </message>
    <message>
        <source>已恢复《{name}》第 {version} 版</source>
        <translation>已恢复《{name}》第 {version} 版</translation>
    </message>
</context>
<context>
    <name>TextsDialog</name>
    <message>
        <source>案件文字</source>
        <translation>案件文字</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>保存空白内容即删除这项文字。</source>
        <translation>保存空白内容即删除这项文字。</translation>
    </message>
    <message>
        <source>（已填写）</source>
        <translation>（已填写）</translation>
    </message>
    <message>
        <source>请先保存或取消这项文字的修改</source>
        <translation>请先保存或取消这项文字的修改</translation>
    </message>
    <message>
        <source>没有修改，无需保存</source>
        <translation>没有修改，无需保存</translation>
    </message>
    <message>
        <source>已删除“{label}”</source>
        <translation>已删除“{label}”</translation>
    </message>
    <message>
        <source>已保存“{label}”</source>
        <translation>已保存“{label}”</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>记录时间</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ToolOpeners</name>
    <message>
        <source>统计看板</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>分类统计</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>月度报表</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>转仲裁</source>
        <translation>转仲裁</translation>
    </message>
    <message>
        <source>确认转仲裁</source>
        <translation>确认转仲裁</translation>
    </message>
    <message>
        <source>将调解案件 {n} 转为仲裁：新建一件仲裁案件（收件日期 {on}），当事人、涉及人数、请求金额和争议类型从本案带入，两案互相关联</source>
        <translation>将调解案件 {n} 转为仲裁：新建一件仲裁案件（收件日期 {on}），当事人、涉及人数、请求金额和争议类型从本案带入，两案互相关联</translation>
    </message>
    <message>
        <source>；本案将以“{mode}”结案</source>
        <translation>；本案将以“{mode}”结案</translation>
    </message>
    <message>
        <source>已新建仲裁案件 {n}（由 {m} 转入）</source>
        <translation>已新建仲裁案件 {n}（由 {m} 转入）</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>27 调解成功率</source>
        <translation>27 调解成功率</translation>
    </message>
    <message>
        <source>28 仲裁结案率</source>
        <translation>28 仲裁结案率</translation>
    </message>
    <message>
        <source>29 监察结案率</source>
        <translation>29 监察结案率</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}月</translation>
    </message>
    <message>
        <source>目标 {target}%</source>
        <translation>目标 {target}%</translation>
    </message>
    <message>
        <source>目标（虚线，同色）</source>
        <translation>目标（虚线，同色）</translation>
    </message>
    <message>
        <source>{name}：—（本月无可统计的案件）</source>
        <translation>{name}：—（本月无可统计的案件）</translation>
    </message>
    <message>
        <source>{name}：{rate}%（{num}/{den}）</source>
        <translation>{name}：{rate}%（{num}/{den}）</translation>
    </message>
</context>
<context>
    <name>TribunalDialog</name>
    <message>
        <source>组成仲裁庭</source>
        <translation>组成仲裁庭</translation>
    </message>
    <message>
        <source>合议庭（首席仲裁员一名、仲裁员两名）</source>
        <translation>合议庭（首席仲裁员一名、仲裁员两名）</translation>
    </message>
    <message>
        <source>独任仲裁</source>
        <translation>独任仲裁</translation>
    </message>
    <message>
        <source>组庭方式</source>
        <translation>组庭方式</translation>
    </message>
    <message>
        <source>首席仲裁员</source>
        <translation>首席仲裁员</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>独任仲裁员</source>
        <translation>独任仲裁员</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>组庭日期</source>
        <translation>组庭日期</translation>
    </message>
    <message>
        <source>正在读取工作人员名单，请稍候</source>
        <translation>正在读取工作人员名单，请稍候</translation>
    </message>
    <message>
        <source>已组成仲裁庭</source>
        <translation>已组成仲裁庭</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>保存角色</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>把所选用户的密码设为上面两次输入的新密码</source>
        <translation>把所选用户的密码设为上面两次输入的新密码</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>请以系统管理员的用户名和密码登录后管理用户。</source>
        <translation>请以系统管理员的用户名和密码登录后管理用户。</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>已新增用户 {login}</source>
        <translation>已新增用户 {login}</translation>
    </message>
    <message>
        <source>已保存 {login} 的角色：{roles}</source>
        <translation>已保存 {login} 的角色：{roles}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>已重置 {login} 的密码</source>
        <translation>已重置 {login} 的密码</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>停用 {login}（{name}）？停用后不能再登录，办案记录中的姓名保留。</source>
        <translation>停用 {login}（{name}）？停用后不能再登录，办案记录中的姓名保留。</translation>
    </message>
    <message>
        <source>已停用 {login}</source>
        <translation>已停用 {login}</translation>
    </message>
</context>
<context>
    <name>WagesPage</name>
    <message>
        <source>适用区域</source>
        <translation>适用区域</translation>
    </message>
    <message>
        <source>月最低工资（元）</source>
        <translation>月最低工资（元）</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>如 2100</source>
        <translation>如 2100</translation>
    </message>
    <message>
        <source>如 河南省人民政府关于调整最低工资标准的通知</source>
        <translation>如 河南省人民政府关于调整最低工资标准的通知</translation>
    </message>
    <message>
        <source>月最低工资</source>
        <translation>月最低工资</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>已保存：{region} 自 {day} 起 {amount} 元</source>
        <translation>已保存：{region} 自 {day} 起 {amount} 元</translation>
    </message>
</context>
<context>
    <name>WindowTabs</name>
    <message>
        <source>无法打开案件</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>案件详情页面尚未完成（案件编号 {id}）。</source>
        <translation>案件详情页面尚未完成（案件编号 {id}）。</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>案件</translation>
    </message>
</context>
</TS>
