"""More header words of Spanish trackers (Spain and Latin America), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``). The first
Spanish words live in ``headerwords``; these are the ones portfolio reports, risk
matrices, issue and action logs, schedules (MS Project in Spanish), budgets and resource
plans add, in the variants of Spain, Mexico, Chile, Peru, Colombia and Argentina.

Headers are compared normalised (``vocab.norm``): accents dropped, "%" read as "pct",
"Nº"/"N.°" as "no", punctuation as spaces; the words below are written so.
``ENTITY_WORDS`` holds the Spanish names of the kinds of record (sheet and title words).
"""

from __future__ import annotations

SPANISH: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "id del riesgo|codigo del riesgo|codigo riesgo|no riesgo|no de riesgo|"
        "id incidencia|id de la incidencia|no incidencia|id del problema|id accion|"
        "id de la accion|no accion|id decision|id de la decision|no decision|"
        "id dependencia|id supuesto|id leccion|no leccion|correlativo|folio|no de solicitud|"
        "no de cambio|codigo del cambio"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "nombre del proyecto|codigo del proyecto|id del proyecto|proyecto asociado"),
    "project: code": (
        "codigo del proyecto|cod proyecto|id del proyecto|no de proyecto|no proyecto|clave|"
        "clave del proyecto|folio"),
    "project: name": (
        "nombre proyecto|denominacion|denominacion del proyecto|titulo del proyecto|"
        "nombre de la iniciativa|iniciativa"),
    "project: sponsor": (
        "sponsor|sponsor del proyecto|patrocinador del proyecto|patrocinador ejecutivo|"
        "promotor|dueno del proyecto|propietario del proyecto"),
    "project: manager": (
        "jefe del proyecto|director de proyecto|director del proyecto|gerente del proyecto|"
        "responsable del proyecto|lider de proyecto|lider del proyecto|coordinador del proyecto|"
        "coordinador de proyecto|administrador del proyecto|encargado del proyecto|jefe de obra|"
        "lider|lider del frente|lider de frente|lider del programa"),
    "project: stage": "fase del proyecto|etapa del proyecto|fase actual|etapa actual",
    "project: state": (
        "estado|estado actual|situacion del proyecto|situacion actual del proyecto|"
        "estado de ejecucion"),
    "project: start_baseline": (
        "inicio planificado|inicio planeado|inicio programado|inicio plan|"
        "fecha de inicio planificada|fecha inicio planificada|fecha de inicio programada|"
        "fecha inicio plan|fecha inicio programada|inicio linea base|inicio contractual"),
    "project: finish_baseline": (
        "termino planificado|termino planeado|termino programado|fin planificado|fin planeado|"
        "fin programado|fin plan|fecha de termino planificada|fecha termino planificada|"
        "fecha de fin planificada|fecha fin planificada|fecha fin programada|"
        "fecha de termino programada|fecha de finalizacion planificada|termino contractual|"
        "fin contractual|fecha de termino contractual|fin linea base|termino linea base"),
    "project: start_forecast": "inicio proyectado|inicio estimado|inicio reprogramado",
    "project: finish_forecast": (
        "termino proyectado|fin proyectado|termino estimado|fin estimado|"
        "fecha termino estimada|fecha de termino estimada|fecha fin estimada|"
        "fecha de fin estimada|fecha estimada de termino|fecha estimada de fin|"
        "fecha termino proyectada|fecha fin proyectada|termino reprogramado|fin reprogramado|"
        "fecha de termino reprogramada|fin pronosticado|termino pronosticado"),
    "project: start_actual": "fecha de inicio real|fecha inicio real|inicio efectivo",
    "project: finish_actual": (
        "termino real|fecha de termino real|fecha termino real|fecha fin real|fin efectivo|"
        "fecha de cierre real"),
    "project: bac": (
        "presupuesto aprobado|presupuesto vigente|presupuesto autorizado|presupuesto original|"
        "presupuesto base|presupuesto del proyecto|presupuesto contratado|monto aprobado|"
        "monto del contrato|monto contratado|importe aprobado|importe adjudicado|"
        "valor del contrato|presupuesto asignado|presupuesto total aprobado"),
    "project: eac": (
        "estimacion al termino|estimacion a la conclusion|estimacion al cierre|"
        "estimacion a la finalizacion|costo estimado al termino|costo final estimado|"
        "coste final previsto|costo final proyectado|costo proyectado|coste previsto final|"
        "costo total estimado|proyeccion de costo"),
    "project,milestone,task: pct_complete": (
        "avance fisico|avance fisico pct|pct avance fisico|avance real|pct de avance|"
        "avance pct|porcentaje avance|porcentaje de avance fisico|grado de avance|"
        "pct completado|pct ejecutado|avance ejecutado"),
    "project: rag_overall": (
        "sem general|semaforo general|semaforo global|semaforo del proyecto|estado global|"
        "estado rag|salud del proyecto|indicador general|evaluacion general|sem global"),
    "project: rag_schedule": (
        "sem plazo|semaforo plazo|semaforo de plazo|semaforo cronograma|semaforo de cronograma|"
        "semaforo tiempo|sem cronograma|sem tiempo|plazos"),
    "project: rag_cost": (
        "sem costo|sem coste|semaforo costo|semaforo de costo|semaforo coste|"
        "semaforo presupuesto|semaforo de presupuesto|sem presupuesto"),
    "project: rag_scope": "sem alcance|semaforo alcance|semaforo de alcance|semaforo calidad",
    "project: rag_risk": "sem riesgos|semaforo riesgos|semaforo de riesgos",
    "project: summary": (
        "comentarios proximos pasos|comentarios y proximos pasos|situacion actual|"
        "estado de situacion|resumen ejecutivo|observaciones generales|avances del periodo|"
        "logros del periodo|principales avances|comentario"),
    "project: next_steps": "siguientes pasos|proximas acciones|acciones siguientes",
    "project: status_date": (
        "fecha de corte|fecha corte|fecha de reporte|fecha del informe|fecha de actualizacion"),
    "project: department": (
        "gerencia|unidad de negocio|area responsable|unidad responsable|direccion responsable|"
        "departamento responsable|division|filial|unidad"),
    "project: programme_id": "programa asociado|nombre del programa",
    # -- RAID, changes, lessons -------------------------------------------------------
    "raid,change_request,lesson: title": (
        "titulo del riesgo|nombre del riesgo|resumen del riesgo|titulo de la incidencia|"
        "incidencia|nombre de la incidencia|titulo del problema|descripcion corta|"
        "descripcion breve|tema"),
    "action: title": (
        "accion|accion a realizar|accion acordada|descripcion de la accion|acuerdo|compromiso|"
        "tarea|actividad|pendiente"),
    "decision: title": "decision|tema de la decision|asunto de la decision",
    "milestone,raid: owner": (
        "dueno del riesgo|propietario del riesgo|responsable del riesgo|"
        "responsable de la accion|responsable de la tarea|encargado|a cargo|a cargo de|"
        "responsable asignado|asignado"),
    "raid,change_request: date_raised": (
        "fecha de reporte|fecha de ingreso|fecha ingreso|fecha de creacion|fecha creacion|"
        "fecha alta|fecha de levantamiento|fecha de la reunion|fecha reunion|fecha de emision|"
        "fecha de registro del riesgo|fecha identificado|identificado el|creado el|creado"),
    "raid,change_request: raised_by": (
        "detectado por|levantado por|ingresado por|creado por|emisor"),
    "raid: due_date": (
        "plazo|fecha plazo|fecha comprometida|fecha de vencimiento|vencimiento|fecha tope|"
        "fecha de entrega|plazo de resolucion|fecha meta|fecha prevista de cierre|"
        "fecha objetivo de cierre|fecha limite de respuesta"),
    "raid: closed_date": (
        "fecha cierre|fecha de termino|fecha de finalizacion|fecha real de cierre|cerrado el|"
        "fecha de conclusion|fecha de cumplimiento|fecha cumplimiento|fecha de ejecucion"),
    "raid: notes": "observacion|comentario|notas adicionales|seguimiento",
    "risk,issue,lesson: category": (
        "categoria del riesgo|tipo de riesgo|clasificacion|fuente del riesgo|origen del riesgo|"
        "ambito|area afectada"),
    "risk: probability": "nivel de probabilidad|prob|probabilidad de ocurrencia",
    "risk,issue,assumption,dependency: impact": (
        "nivel de impacto|consecuencia|consecuencias|severidad del impacto"),
    "risk: response": (
        "tipo de respuesta|respuesta al riesgo|estrategia de tratamiento|tratamiento del riesgo"),
    "risk: response_actions": (
        "medidas|medidas de control|controles|plan de tratamiento|acciones propuestas|"
        "acciones planificadas|acciones preventivas|plan de mitigacion del riesgo"),
    "risk: trigger": "detonante|senal de alerta|alerta temprana",
    "risk,issue: impact_cost": (
        "exposicion economica|exposicion financiera|impacto monetario|"
        "costo del impacto|impacto economico estimado|monto del impacto|impacto estimado|costo estimado del impacto"),
    "issue: resolution": (
        "solucion propuesta|forma de resolucion|resolucion adoptada|medida adoptada|"
        "acciones tomadas|accion tomada"),
    "issue,decision: decided_by": (
        "aprobado por|responsable de la decision|instancia de decision|organo de decision|"
        "quien decide|aprobador|decisor|tomada por|tomado por|decidido por|decidida por"),
    "issue,decision,change_request: decision_date": (
        "fecha de la decision|fecha de aprobacion|fecha aprobacion|fecha de autorizacion|"
        "fecha autorizacion|fecha de autorizado"),
    "dependency,decision: rationale": "fundamento|motivo|razon|motivacion|argumentacion",
    "decision: impact_summary": (
        "impacto de la decision|implicancias|implicaciones|impacto en plazo y costo"),
    "decision: raised_by": "propuesto por|propuesta de",
    "change_request: cr_type": "tipo de solicitud|tipo de modificacion|categoria del cambio",
    "change_request: title": "cambio solicitado|nombre del cambio",
    "change_request: approver": "aprobo|aprobado|autorizo|autorizado por",
    "change_request: impact_schedule_days": "dias de retraso|impacto en plazo dias|impacto plazo|impacto en plazo|impacto en el plazo|impacto plazo dias|plazo|plazo dias|ampliacion de plazo",
    # a contractor's change orders: the amount of each (positive or an omission)
    "change_request: impact_cost": (
        "monto|monto de la orden|importe de la orden|valor de la orden|monto autorizado|"
        "importe autorizado|monto aprobado|importe aprobado|valor aprobado"),
    "change_request: implemented_date": "fecha de implementacion|implementado el",
    "dependency: counterparty": (
        "depende de|area proveedora|equipo proveedor|entidad externa|contraparte|"
        "proyecto o area relacionada"),
    "dependency: direction": "entrada salida|sentido|entrante saliente|entrante o saliente|entrada o salida",
    "dependency: need_by_date": "fecha necesaria|fecha de necesidad|requerido para",
    "dependency: committed_date": "fecha de entrega comprometida|fecha prometida",
    "lesson: event": (
        "que sucedio|que paso|que ocurrio|descripcion del evento|leccion aprendida|"
        "lecciones aprendidas|descripcion de la leccion|que salio bien|que salio mal|"
        "que se puede mejorar"),
    "lesson: recommendations": (
        "recomendaciones|accion recomendada|recomendacion para futuros proyectos|"
        "que hacer diferente|que hariamos distinto|que hariamos diferente|"
        "que haremos distinto|que cambiariamos|que hacer distinto"),
    "lesson: effect": "impacto en el proyecto|consecuencia|impacto",
    "lesson: causes": "causa raiz|causas|por que paso|por que sucedio|por que ocurrio|por que",
    "lesson: logged_by": "registrado por|reportado por|autor",
    "lesson: date_logged": "fecha de registro|fecha de identificacion",
    # -- plans (and MS Project in Spanish) --------------------------------------------------
    "milestone: name": "nombre del hito|descripcion del hito|hito entregable|entregable",
    "milestone: baseline_date": (
        "fecha linea base|fecha planificada|fecha programada|fecha de referencia|linea base|"
        "fecha original|fecha plan|fecha planeada|fecha del plan"),
    "milestone: forecast_date": (
        "fecha proyectada|fecha reprogramada|fecha pronosticada|fecha revisada"),
    "milestone: actual_date": (
        "fecha de cumplimiento|fecha efectiva|cumplido el|fecha de logro|fecha real de cumplimiento"),
    "milestone: critical": "hito critico|ruta critica",
    "task: name": (
        "nombre de la tarea|nombre de la actividad|descripcion de la actividad|entregable|"
        "elemento|nombre del elemento"),
    "task: start_forecast": "comienzo|fecha de comienzo|inicio estimado",
    "task: finish_forecast": (
        "fin estimado|fecha de finalizacion|finalizacion|fecha limite|fecha de vencimiento|"
        "vencimiento|fecha de entrega"),
    "task: start_baseline": "comienzo previsto|inicio de la linea base",
    "task: finish_baseline": "fin previsto|fin de la linea base",
    "task: start_actual": "comienzo real",
    "task: duration_days": "duracion dias|dias habiles|dias laborables",
    "task: resources": "nombres de los recursos|recursos asignados",
    "task: outline_level": "nivel de esquema",
    "task: is_milestone": "hito",
    "task: is_summary": "tarea de resumen|resumen",
    "task: critical": "critica|ruta critica",
    "task: owner": "responsable de la tarea|encargado",
    # -- money, people ----------------------------------------------------------------
    "financial: category": (
        "partida|partida presupuestaria|rubro|linea presupuestaria|centro de costo|"
        "centro de coste|categoria de gasto|item presupuestario|cuenta|cuenta contable|capitulo|capitulo presupuestario|partida presupuestaria|concepto presupuestario"),
    "financial: planned": (
        "presupuesto anual|monto presupuestado|importe presupuestado|previsto|programado|credito aprobado|credito inicial|credito definitivo|credito"),
    "financial: actual": "devengado|gastado|ejecucion|importe real|monto ejecutado|gasto ejecutado",
    "financial: forecast": "proyeccion|estimado|estimacion|proyectado",
    "resource: name": (
        "persona|empleado|integrante|nombre y apellido|nombre completo|funcionario|profesional|"
        "apellidos y nombre|miembro del equipo|apellido y nombre|nombre y apellidos"),
    "allocation: resource_id": (
        "persona|empleado|integrante|nombre completo|profesional|apellido y nombre|"
        "apellidos y nombre|nombre y apellido|nombre y apellidos|"
        # a site's manpower histogram: the subcontractor's crew on each trade
        "subcontratista|contratista|cuadrilla"),
    "resource,allocation: role_id": "perfil|funcion|cargo|especialidad|oficio",
    "resource: team": "area|departamento|gerencia|unidad|cuadrilla|brigada",
    "resource: cost_rate": (
        "tarifa diaria|tarifa por hora|tarifa hora|costo hora|costo diario|coste diario|"
        "costo por hora|valor dia"),
    "resource: fte": "porcentaje de dedicacion|pct dedicacion|jornada",
    "resource: manager": "jefe directo|supervisor|jefatura|superior",
    "resource: email": "email|correo|e mail",
    "resource: location": "sede|oficina|ciudad",
    "allocation: hours": "horas asignadas|horas planificadas|dias persona|jornadas",
    "resource: start_date": "fecha inicio|fecha de inicio",
    "resource: end_date": "fecha fin|fecha de fin|fecha de finalizacion",
}

# The Spanish names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("cartera", "cartera de proyectos", "portafolio", "portafolio de proyectos",
                "estado de proyectos", "informe de cartera"),
    "risk": ("matriz de riesgos", "registro de riesgos", "mapa de riesgos", "riesgos"),
    "issue": ("registro de incidencias", "incidencias", "registro de problemas",
              "bitacora de problemas", "problemas"),
    "assumption": ("supuestos", "registro de supuestos", "premisas"),
    "dependency": ("dependencias", "registro de dependencias"),
    "decision": ("registro de decisiones", "decisiones", "bitacora de decisiones"),
    "action": ("registro de acciones", "acciones", "seguimiento de acuerdos", "acuerdos",
               "compromisos", "pendientes"),
    "change_request": ("control de cambios", "registro de cambios", "solicitudes de cambio",
                       "cambios"),
    "lesson": ("lecciones aprendidas", "registro de lecciones aprendidas", "lecciones", "leccion",
               "leccion aprendida"),
    "milestone": ("hitos", "plan de hitos", "cronograma de hitos", "calendario de hitos"),
    "task": ("cronograma", "plan de trabajo", "tareas", "carta gantt", "programa de trabajo"),
    "financial": ("control presupuestario", "seguimiento presupuestario", "gastos",
                  "flujo de caja", "presupuesto"),
    "resource": ("recursos", "equipo del proyecto", "dotacion", "personal"),
    "allocation": ("asignacion de recursos", "planificacion de recursos", "asignaciones",
                   "carga de trabajo"),
}
